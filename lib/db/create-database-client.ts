import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-url";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { SqliteAdapterFactory } from "./sqlite-connection";

/** Both generated clients expose the same models; the SQLite one names the type. */
export type DatabaseClient = SqliteClient;

const dialects = new WeakMap<DatabaseClient, DatabaseTarget["dialect"]>();

/** Which database a client made here talks to (undefined for a transaction's client). */
export function dialectOf(db: DatabaseClient): DatabaseTarget["dialect"] | undefined {
  return dialects.get(db);
}

export function createDatabaseClient(target: DatabaseTarget): DatabaseClient {
  const client = newClient(target);
  dialects.set(client, target.dialect);
  return client;
}

function newClient(target: DatabaseTarget): DatabaseClient {
  if (target.dialect === "sqlite") {
    return new SqliteClient({ adapter: new SqliteAdapterFactory(target.filePath) });
  }
  // A database host that stops answering must fail a request within seconds, not hang it: the
  // person sees "try again" at once. Broken connections are dropped and new ones made on demand.
  const adapter = new PrismaPg({
    connectionString: target.url,
    max: 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
  });
  return new PostgresClient({ adapter }) as unknown as DatabaseClient;
}
