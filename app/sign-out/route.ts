import { NextResponse, type NextRequest } from "next/server";
import { endCurrentSession, withSiteDataCleared } from "@/lib/auth/leave-site";
import { siteRoutes } from "@/lib/site/site-routes";

/**
 * Sign out: end the session on the server, clear the browser's copy of the site, go home. This
 * browser's token stays ("Sign out everywhere" and deleting the account remove it before coming here).
 */
async function signOut(request: NextRequest) {
  // A server action that redirects here ("Sign out everywhere", deleting the account) makes Next
  // fetch this route as RSC, from the server and then from the router, following our redirect to
  // the home page: the browser would show home at /sign-out and never get the headers below.
  // A plain empty answer to those fetches makes Next load this route as a real page instead.
  if (request.headers.get("rsc"))
    return new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  await endCurrentSession({});
  return withSiteDataCleared(
    new NextResponse(null, { status: 303, headers: { Location: siteRoutes.home.href } }),
    "browser-token",
  );
}

export { signOut as GET, signOut as POST };
