import "server-only";
import { cookies } from "next/headers";
import type { NextResponse } from "next/server";
import { z } from "zod";
import { database } from "../db/database";
import { currentSessionId } from "./current-session";
import { guardedAction } from "./guarded-action";
import { endSession } from "./sessions";

const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

/**
 * Ends the session named by the cookie, even one that has already timed out; signing out and
 * quick exit both go through here. It must never fail the person who is leaving.
 */
export const endCurrentSession = guardedAction({
  session: "none",
  input: z.object({}),
  owns: () => true,
  run: async () => {
    try {
      return await endSession(database(), await currentSessionId());
    } catch {
      console.error("Could not reach the database to end a session; it will time out on its own.");
      return false;
    }
  },
});

/** Tells the browser to drop everything it holds for this site, and expires our cookies too. */
export async function withSiteDataCleared(response: NextResponse): Promise<NextResponse> {
  response.headers.set("Clear-Site-Data", CLEAR_SITE_DATA);
  response.headers.set("Cache-Control", "no-store");
  for (const cookie of (await cookies()).getAll()) {
    response.cookies.set(cookie.name, "", {
      maxAge: 0,
      path: "/",
      httpOnly: true,
      sameSite: "strict",
      secure: cookie.name.startsWith("__"),
    });
  }
  return response;
}
