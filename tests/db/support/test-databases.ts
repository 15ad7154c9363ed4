import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, inject } from "vitest";
import { createDatabaseClient, type DatabaseClient } from "@/lib/db/create-database-client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { runMigrations } from "@/lib/db/run-migrations";
import { postgresUrl } from "./postgres-cluster";

export const dialects = ["sqlite", "postgres"] as const;
export type Dialect = (typeof dialects)[number];

export type EmptyDatabase = { target: DatabaseTarget; remove(): Promise<void> };
export type TestDatabase = EmptyDatabase & { db: DatabaseClient };

/** Where a new database can go; nothing is created yet. remove() deletes whatever was made there. */
export function newDatabaseTarget(dialect: Dialect): EmptyDatabase {
  const name = `test_${process.pid}_${randomBytes(6).toString("hex")}`;
  if (dialect === "sqlite") {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "safe-harbour-db-"));
    return {
      target: { dialect, filePath: path.join(folder, `${name}.db`) },
      remove: async () => fs.rmSync(folder, { recursive: true, force: true }),
    };
  }
  const baseUrl = inject("postgresBaseUrl");
  return { target: { dialect, url: postgresUrl(baseUrl, name) }, remove: () => dropDatabase(baseUrl, name) };
}

/** A new database with every migration applied, and the app's Prisma client for it. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const empty = newDatabaseTarget(dialect);
  try {
    await runMigrations(empty.target);
  } catch (error) {
    await empty.remove();
    throw error;
  }
  const db = createDatabaseClient(empty.target);
  const remove = async () => {
    await db.$disconnect();
    await empty.remove();
  };
  return { target: empty.target, db, remove };
}

/** Gives each test in the enclosing describe its own migrated database. */
export function useTestDatabase(dialect: Dialect): () => TestDatabase {
  let current: TestDatabase | undefined;
  beforeEach(async () => {
    current = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await current?.remove();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("The test database exists only inside a test.");
    return current;
  };
}

async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresUrl(baseUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
