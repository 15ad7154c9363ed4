import { NextResponse, type NextRequest } from "next/server";
import { NONCE_HEADER } from "./lib/security/nonce-header";
import { malformedRequestStatus } from "./lib/security/refuse-malformed-request";
import { refusalText } from "./lib/security/refusal-words";
import { restoreFormOrigin } from "./lib/security/restore-form-origin";
import { contentSecurityPolicy, NO_STORE, staticSecurityHeaders } from "./lib/security/security-headers";
import { redirectFor } from "./lib/site/readable-addresses";

// Next's client router reads this header as "that action is not on the server any more".
const ACTION_NOT_FOUND_HEADER = "x-nextjs-action-not-found";

/** Every answer, whoever makes it, carries the same headers and is never cached. */
function secured<T extends NextResponse>(response: T, policy: string): T {
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  response.headers.set("Cache-Control", NO_STORE);
  return response;
}

/**
 * Runs before every page and route: a fresh CSP nonce, the security headers, and no caching.
 * Requests Next would fail on with a 500 or a logged stack (broken addresses, unreadable, oversized
 * or cross-site action posts, unknown actions) get a 4xx here; old readable addresses and
 * trailing slashes redirect here too, so that every answer carries the same headers.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const refused = await malformedRequestStatus(request, request.nextUrl.pathname);
  if (refused) {
    const { text, locale } = await refusalText(refused, request);
    const response = new NextResponse(text, {
      status: refused,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Language": locale,
        Vary: "Accept-Language, Cookie",
      },
    });
    if (refused === 409) response.headers.set(ACTION_NOT_FOUND_HEADER, "1");
    return secured(response, policy);
  }
  const redirect = redirectFor(request.nextUrl.pathname);
  // A plain URL: a clone of nextUrl would put the request's trailing slash back on.
  if (redirect)
    return secured(
      NextResponse.redirect(new URL(`${redirect.location}${request.nextUrl.search}`, request.url), redirect.status),
      policy,
    );

  // Next reads the policy from the request to put the nonce on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  restoreFormOrigin(requestHeaders, request.method);

  return secured(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

export const config = {
  // Built assets are hashed, public and hold no personal data: they may be cached.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
