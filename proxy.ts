import { NextResponse, type NextRequest } from "next/server";
import { NONCE_HEADER } from "./lib/security/nonce-header";
import { restoreFormOrigin } from "./lib/security/restore-form-origin";
import { contentSecurityPolicy, NO_STORE, staticSecurityHeaders } from "./lib/security/security-headers";

/** Runs before every page and route: a fresh CSP nonce, the security headers, and no caching. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce);

  // Next reads the policy from the request to put the nonce on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  restoreFormOrigin(requestHeaders, request.method);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  response.headers.set("Cache-Control", NO_STORE);
  return response;
}

export const config = {
  // Built assets are hashed, public and hold no personal data: they may be cached.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
