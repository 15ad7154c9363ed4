import "server-only";
import { createHash } from "node:crypto";
import type { DatabaseClient } from "../db/create-database-client";

export function sessionIdFromToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Deletes the session row for this token, if there is one. Returns whether a row was removed. */
export async function endSession(db: DatabaseClient, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const { count } = await db.session.deleteMany({ where: { id: sessionIdFromToken(token) } });
  return count > 0;
}
