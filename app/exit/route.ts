import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { serverConfig } from "@/lib/config/server-config";
import { database } from "@/lib/db/database";
import { endSession } from "@/lib/session/end-session";
import { SESSION_COOKIE } from "@/lib/session/session-cookie";

const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

/** Quick exit without JavaScript: end the session, wipe what the browser holds, leave. */
export async function GET() {
  await endCurrentSession();
  return withClearedSession(
    new NextResponse(null, { status: 303, headers: { Location: serverConfig().quickExitUrl } }),
  );
}

/** The beacon sent by the quick-exit script while the browser is already leaving. */
export async function POST() {
  await endCurrentSession();
  return withClearedSession(new NextResponse(null, { status: 204 }));
}

async function endCurrentSession(): Promise<void> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  try {
    await endSession(database(), token);
  } catch {
    // Leaving must never fail; the row also expires on its own.
    console.error("Quick exit could not reach the database to end a session.");
  }
}

function withClearedSession(response: NextResponse): NextResponse {
  response.headers.set("Clear-Site-Data", CLEAR_SITE_DATA);
  response.headers.set("Cache-Control", "no-store");
  response.cookies.set(SESSION_COOKIE, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "strict" });
  return response;
}
