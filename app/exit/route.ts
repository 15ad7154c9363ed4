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

/** The beacon sent by the quick-exit script while the browser is already leaving. */
export async function POST() {
  await endCurrentSession({});
  return withSiteDataCleared(new NextResponse(null, { status: 204 }));
}
