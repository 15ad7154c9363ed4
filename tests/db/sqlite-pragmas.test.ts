import { describe, expect, it } from "vitest";
import { useTestDatabase } from "./support/test-databases";

describe("SQLite connection settings", () => {
  const database = useTestDatabase("sqlite");

  it.each([
    ["busy_timeout", 5000],
    ["journal_mode", "wal"],
    ["synchronous", 2],
    ["foreign_keys", 1],
    ["secure_delete", 1],
  ])("PRAGMA %s is %s on the app's connection", async (pragma, expected) => {
    const rows = await database().db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`);
    const value = Object.values(rows[0] ?? {})[0];
    expect(typeof value === "bigint" ? Number(value) : value).toBe(expected);
  });
});
