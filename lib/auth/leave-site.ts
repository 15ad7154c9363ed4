import "server-only";
import { cookies } from "next/headers";
import type { NextResponse } from "next/server";
import { z } from "zod";
import { serverConfig } from "../config/server-config";
import { database } from "../db/database";
import { currentSessionId } from "./current-session";
import { guardedAction } from "./guarded-action";
import { endSession } from "./sessions";
import { browserCookie } from "./site-cookies";

const CLEAR_EVERYTHING = '"cache", "cookies", "storage"';
const CLEAR_ALL_BUT_COOKIES = '"cache", "storage"';

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

/**
 * Tells the browser to drop what it holds for this site, and expires every cookie it sent (the session,
 * the language choice, any other). Quick exit
 * drops everything. Signing out keeps one cookie, this browser's token (lib/auth/known-browser.ts),
 * so strangers' guesses at the account never lock out the browser its owner uses.
 */
export async function withSiteDataCleared(
  response: NextResponse,
  keep: "nothing" | "browser-token" = "nothing",
): Promise<NextResponse> {
  const kept = keep === "browser-token" ? browserCookie(serverConfig()).name : undefined;
  response.headers.set("Clear-Site-Data", kept ? CLEAR_ALL_BUT_COOKIES : CLEAR_EVERYTHING);
  response.headers.set("Cache-Control", "no-store");
  for (const cookie of (await cookies()).getAll()) {
    if (cookie.name === kept) continue;
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
