import { NextResponse } from "next/server";
import { endCurrentSession, withSiteDataCleared } from "@/lib/auth/leave-site";
import { serverConfig } from "@/lib/config/server-config";

/** Quick exit without JavaScript: end the session, wipe what the browser holds, leave. */
export async function GET() {
  await endCurrentSession({});
  return withSiteDataCleared(new NextResponse(null, { status: 303, headers: { Location: serverConfig().quickExitUrl } }));
}

/** The beacon sent by the quick-exit script while the browser is already leaving. */
export async function POST() {
  await endCurrentSession({});
  return withSiteDataCleared(new NextResponse(null, { status: 204 }));
}
