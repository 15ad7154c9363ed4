import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabaseClient, type DatabaseClient } from "@/lib/db/create-database-client";
import { migrationsDirectory, runMigrations } from "@/lib/db/run-migrations";
import { introspectSchema } from "./support/introspect-schema";
import { placeholderUser } from "./support/placeholder-user";
import { dialects, newDatabaseTarget, type Dialect, type EmptyDatabase } from "./support/test-databases";

function migrationVersions(dialect: Dialect): string[] {
  return fs
    .readdirSync(migrationsDirectory(dialect))
    .filter((file) => file.endsWith(".sql"))
    .map((file) => file.split("_")[0]!)
    .sort();
}

async function appliedVersions(db: DatabaseClient): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ version: string }[]>(
    "SELECT version FROM schema_migrations ORDER BY version",
  );
  return rows.map((row) => String(row.version));
}

describe.each(dialects)("migrations on %s", (dialect) => {
  let empty: EmptyDatabase;
  let client: DatabaseClient | undefined;
  const connect = () => (client = createDatabaseClient(empty.target));

  beforeEach(() => {
    empty = newDatabaseTarget(dialect);
  });
  afterEach(async () => {
    await client?.$disconnect();
    client = undefined;
    await empty.remove();
  });

  it("creates a new database and applies every migration to it", async () => {
    await runMigrations(empty.target);

    expect(await appliedVersions(connect())).toEqual(migrationVersions(dialect));
  });

  it("changes nothing when run again, and keeps the data", async () => {
    await runMigrations(empty.target);
    const db = connect();
    await db.rateLimit.create({ data: { key: "kept", points: 1 } });
    const schemaBefore = await introspectSchema(db, dialect);

    await runMigrations(empty.target);

    expect(await appliedVersions(db)).toEqual(migrationVersions(dialect));
    expect(await introspectSchema(db, dialect)).toEqual(schemaBefore);
    expect(await db.rateLimit.findMany({ select: { key: true } })).toEqual([{ key: "kept" }]);
  });

  it("lets the app write and read a Session through the Prisma client", async () => {
    await runMigrations(empty.target);
    const db = connect();
    const expiresAt = new Date("2030-05-06T07:08:09.123Z");
    const before = Date.now();

    await db.user.create({ data: placeholderUser("user-1") });
    await db.session.create({ data: { id: "a".repeat(64), userId: "user-1", dataKeyUnderSession: "{}", expiresAt } });
    const session = await db.session.findUniqueOrThrow({ where: { id: "a".repeat(64) } });

    const after = Date.now();
    expect(session.expiresAt).toEqual(expiresAt);
    for (const stamp of [session.createdAt, session.lastSeenAt]) {
      expect(stamp.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(stamp.getTime()).toBeLessThanOrEqual(after + 1000);
    }
  });
});

describe.each(dialects)("migrations on %s from several processes at once", (dialect) => {
  let empty: EmptyDatabase;
  beforeEach(() => {
    empty = newDatabaseTarget(dialect);
  });
  afterEach(() => empty.remove());

  it("six concurrent runs on the same new database all succeed", async () => {
    const runs = await Promise.allSettled([1, 2, 3, 4, 5, 6].map(() => runMigrations(empty.target)));

    expect(runs.map((run) => (run.status === "rejected" ? String(run.reason) : "ok"))).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
    ]);
    const db = createDatabaseClient(empty.target);
    try {
      expect(await appliedVersions(db)).toEqual(migrationVersions(dialect));
    } finally {
      await db.$disconnect();
    }
  });
});
