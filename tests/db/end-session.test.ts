import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { endSession, sessionIdFromToken } from "@/lib/session/end-session";
import { dialects, useTestDatabase } from "./support/test-databases";

const newToken = () => randomBytes(32).toString("base64url");

async function storeSession(db: DatabaseClient, token: string): Promise<string> {
  const id = sessionIdFromToken(token);
  await db.session.create({ data: { id, expiresAt: new Date(Date.now() + 3_600_000) } });
  return id;
}

async function storedIds(db: DatabaseClient): Promise<string[]> {
  const rows = await db.session.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.id);
}

describe.each(dialects)("endSession on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("removes exactly the session for the token, and other sessions stay", async () => {
    const { db } = database();
    const token = newToken();
    await storeSession(db, token);
    const others = [await storeSession(db, newToken()), await storeSession(db, newToken())].sort();

    expect(await endSession(db, token)).toBe(true);
    expect(await storedIds(db)).toEqual(others);
    expect(await endSession(db, token)).toBe(false);
  });

  it("returns false and removes nothing for an unknown or missing token", async () => {
    const { db } = database();
    const id = await storeSession(db, newToken());

    for (const token of [newToken(), undefined, ""]) {
      expect(await endSession(db, token)).toBe(false);
    }
    expect(await storedIds(db)).toEqual([id]);
  });

  it("stores a SHA-256 of the token, so a leaked id cannot end the session", async () => {
    const { db } = database();
    const token = newToken();
    const id = await storeSession(db, token);

    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(id).not.toContain(token);
    expect(await storedIds(db)).not.toContain(token);
    expect(await endSession(db, id)).toBe(false);
    expect(await storedIds(db)).toEqual([id]);
  });
});
