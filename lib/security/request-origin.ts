/**
 * The host Next compares a server action's Origin with: the first X-Forwarded-Host entry (Next
 * sets it to Host when there is none), else Host, else the address asked for.
 */
export function actionHost(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("host") || new URL(request.url).host;
}

/**
 * Whether Next would refuse a server-action post as coming from another site (it answers those
 * with a 500 and three lines of log). `Origin: null` from our own pages counts as ours, since
 * restoreFormOrigin puts the origin back; with no Origin at all, Next lets the post through.
 */
export function isCrossOriginPost(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return request.headers.get("sec-fetch-site") !== "same-origin";
  try {
    return new URL(origin).host !== actionHost(request);
  } catch {
    return true;
  }
}
