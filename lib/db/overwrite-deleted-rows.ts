import "server-only";
import { dialectOf, type DatabaseClient } from "./create-database-client";

/**
 * Run after deleting rows that must not be recoverable. SQLite (with secure_delete on) has already
 * zeroed them in the newest copy of each page, but the write-ahead log still holds the pages as
 * they were before: a checkpoint writes the log into the database file and empties it. PostgreSQL
 * has no such step (docs/ENCRYPTION.md says what stays behind there).
 */
export async function overwriteDeletedRows(db: DatabaseClient): Promise<void> {
  if (dialectOf(db) !== "sqlite") return;
  const [result] = await db.$queryRawUnsafe<{ busy: bigint | number }[]>("PRAGMA wal_checkpoint(TRUNCATE)");
  if (Number(result?.busy ?? 0) !== 0) {
    console.warn(
      "After a deletion, another process (a backup?) kept the database's write-ahead log open: the next deletion empties it.",
    );
  }
}
