import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { PrismaClient as PostgresClient } from "@/lib/db/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/db/generated/sqlite/client";
import { SqliteAdapterFactory } from "@/lib/db/sqlite-connection";

/** Every SQL statement a client sent, in order: queries, writes, and a transaction's begin and end. */
export type StatementLog = { statements: string[]; clear(): void };

function countingTransaction(inner: Transaction, log: string[]): Transaction {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: inner.options,
    queryRaw: (query: SqlQuery) => (log.push(query.sql), inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => (log.push(query.sql), inner.executeRaw(query)),
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
    createSavepoint: inner.createSavepoint?.bind(inner),
    rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
    releaseSavepoint: inner.releaseSavepoint?.bind(inner),
  };
}

function countingAdapter(inner: SqlDriverAdapter, log: string[]): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => (log.push(query.sql), inner.queryRaw(query)),
    executeRaw: (query) => (log.push(query.sql), inner.executeRaw(query)),
    executeScript: (script) => inner.executeScript(script),
    startTransaction: async (isolationLevel) => {
      log.push("BEGIN");
      return countingTransaction(await inner.startTransaction(isolationLevel), log);
    },
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
  };
}

function countingFactory(inner: SqlDriverAdapterFactory, log: string[]): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => countingAdapter(await inner.connect(), log),
  };
}

/** A client for a test database, like the app's, that writes down every statement it sends. */
export function countingClient(target: DatabaseTarget): { db: DatabaseClient; log: StatementLog } {
  const statements: string[] = [];
  const log = { statements, clear: () => void statements.splice(0) };
  if (target.dialect === "sqlite") {
    const adapter = countingFactory(new SqliteAdapterFactory(target.filePath), statements);
    return { db: new SqliteClient({ adapter }), log };
  }
  const adapter = countingFactory(new PrismaPg({ connectionString: target.url, max: 2 }), statements);
  return { db: new PostgresClient({ adapter }) as unknown as DatabaseClient, log };
}
