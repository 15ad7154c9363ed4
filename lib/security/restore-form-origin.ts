/**
 * With `Referrer-Policy: no-referrer`, a browser sends `Origin: null` when a form posts without
 * JavaScript, and Next then refuses the server action. The browser's own `Sec-Fetch-Site`, which
 * a page cannot forge, says whether the post came from our own pages; only then is the origin
 * restored, so the check still stops posts from other sites.
 */
export function restoreFormOrigin(headers: Headers, method: string): void {
  if (method !== "POST" || headers.get("origin") !== "null") return;
  if (headers.get("sec-fetch-site") !== "same-origin") return;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return;
  const protocol = headers.get("x-forwarded-proto") ?? "http";
  headers.set("origin", `${protocol}://${host}`);
}
