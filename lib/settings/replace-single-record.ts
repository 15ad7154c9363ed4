import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import type { RecordKind, RecordValue } from "../record-kinds/record-kinds";
import {
  deleteRecord,
  getRecord,
  putRecord,
  singleRecordId,
  StaleSaveError,
  type RecordOwner,
} from "../records/record-store";

// Two tabs saving at once: the later save wins, which is what the person saw last.
const ATTEMPTS = 3;

/**
 * Changes the person's one record of this kind from what is saved now, whatever version it is at;
 * `change` answering undefined deletes it.
 */
export async function changeSingleRecord<K extends RecordKind>(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: K,
  change: (saved: RecordValue<K> | undefined) => RecordValue<K> | undefined,
): Promise<void> {
  const id = singleRecordId(owner, kind);
  for (let attempt = 1; ; attempt += 1) {
    const current = await getRecord(db, owner, kind, id);
    const value = change(current?.value);
    if (value === undefined) {
      await deleteRecord(db, owner, kind, id);
      return;
    }
    try {
      await putRecord(db, owner, kind, value, { id, expectedVersion: current?.version ?? 0 });
      return;
    } catch (error) {
      if (!(error instanceof StaleSaveError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** Puts `value` in place of the person's one record of this kind. */
export function replaceSingleRecord<K extends RecordKind>(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: K,
  value: RecordValue<K>,
): Promise<void> {
  return changeSingleRecord(db, owner, kind, () => value);
}
