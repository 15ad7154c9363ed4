import { NextResponse } from "next/server";
import { endCurrentSession, withSiteDataCleared } from "@/lib/auth/leave-site";
import { siteRoutes } from "@/lib/site/site-routes";

/** Sign out: end the session on the server, clear the browser's copy of the site, go home. */
async function signOut() {
  await endCurrentSession({});
  return withSiteDataCleared(new NextResponse(null, { status: 303, headers: { Location: siteRoutes.home.href } }));
}

export { signOut as GET, signOut as POST };
