/**
 * Where the language switch may send the browser back to: a path on this site only. Anything that
 * a browser could read as another host (`//evil`, `/\evil`, `https://x`) falls back to the home page.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 512) return "/";
  if (!value.startsWith("/") || value.startsWith("//")) return "/";
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  try {
    const url = new URL(value, "http://here.invalid");
    if (url.host !== "here.invalid") return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
