import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { serialiseAroundTransactions } from "./serialised-sqlite-adapter";

const BUSY_TIMEOUT_MS = 5000;

/**
 * Run on every new connection. busy_timeout comes before WAL so that switching the journal
 * waits for another process instead of failing; FULL makes an acknowledged write survive a crash;
 * secure_delete overwrites deleted rows with zeros instead of leaving them in free space.
 */
export const SQLITE_PRAGMAS = [
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`,
  "PRAGMA journal_mode = WAL;",
  "PRAGMA synchronous = FULL;",
  "PRAGMA foreign_keys = ON;",
  "PRAGMA secure_delete = ON;",
].join("\n");

/**
 * Prisma's better-sqlite3 adapter, with our pragmas applied to each connection it opens and no
 * statement slipping into another request's open transaction.
 */
export class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(filePath: string) {
    this.#inner = new PrismaBetterSqlite3({ url: `file:${filePath}`, timeout: BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return serialiseAroundTransactions(adapter);
  }
}
