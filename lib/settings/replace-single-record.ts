import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import type { RecordKind, RecordValue } from "../record-kinds/record-kinds";
import { getRecord, putRecord, singleRecordId, StaleSaveError, type RecordOwner } from "../records/record-store";

// Two tabs saving at once: the later save wins, which is what the person saw last.
const ATTEMPTS = 3;

/** Puts `value` in place of the person's one record of this kind, whatever version it is at. */
export async function replaceSingleRecord<K extends RecordKind>(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: K,
  value: RecordValue<K>,
): Promise<void> {
  const id = singleRecordId(owner, kind);
  for (let attempt = 1; ; attempt += 1) {
    const current = await getRecord(db, owner, kind, id);
    try {
      await putRecord(db, owner, kind, value, { id, expectedVersion: current?.version ?? 0 });
      return;
    } catch (error) {
      if (!(error instanceof StaleSaveError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
