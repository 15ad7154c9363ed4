import { NextResponse } from "next/server";
import { endCurrentSession, withSiteDataCleared } from "@/lib/auth/leave-site";
import { currentDisplay } from "@/lib/settings/current-display";

/**
 * Quick exit without JavaScript: end the session, wipe what the browser holds, leave. Where to
 * is read first, while the session that names the person's chosen site still exists.
 */
export async function GET() {
  const { exitUrl } = await currentDisplay();
  await endCurrentSession({});
  return withSiteDataCleared(new NextResponse(null, { status: 303, headers: { Location: exitUrl } }));
}

/** The keepalive post (or beacon, where fetch cannot keep alive) the quick-exit script sends once the browser is already leaving. */
export async function POST() {
  await endCurrentSession({});
  return withSiteDataCleared(new NextResponse(null, { status: 204 }));
}
