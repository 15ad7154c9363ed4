/** The Content-Security-Policy for one response; the nonce is fresh for every request. */
export function contentSecurityPolicy(nonce: string): string {
  return policyWith([`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`], [`'self'`, `'nonce-${nonce}'`]);
}

/**
 * The policy of a page served as a fixed document (scripts/static-pages/): its few inline scripts are
 * allowed by their SHA-256 hashes, so no nonce is needed and no other script can run.
 */
export function hashedContentSecurityPolicy(scriptHashes: string[]): string {
  return policyWith(
    scriptHashes.map((hash) => `'sha256-${hash}'`),
    [`'self'`],
  );
}

function policyWith(scriptSources: string[], styleSources: string[]): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    `style-src ${styleSources.join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Headers that are the same on every response. */
export const staticSecurityHeaders: Readonly<Record<string, string>> = {
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": [
    "camera=()",
    "microphone=()",
    "geolocation=()",
    "payment=()",
    "usb=()",
    "serial=()",
    "hid=()",
    "display-capture=()",
    "screen-wake-lock=()",
    "accelerometer=()",
    "gyroscope=()",
    "magnetometer=()",
    "browsing-topics=()",
  ].join(", "),
};

/** Nothing that shows a page may be kept by the browser or a proxy. */
export const NO_STORE = "no-store, max-age=0";
