import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import { database } from "../db/database";
import { deleteRecord, getRecord, singleRecordId, type RecordOwner } from "../records/record-store";
import type { DisplaySettings } from "./display-settings";
import { replaceSingleRecord } from "./replace-single-record";

const KIND = "display-settings";

export async function loadDisplaySettings(db: DatabaseClient, owner: RecordOwner): Promise<DisplaySettings> {
  return (await getRecord(db, owner, KIND, singleRecordId(owner, KIND)))?.value ?? {};
}

/** Replaces the person's settings; choosing the usual title and site leaves no record at all. */
export async function saveDisplaySettings(
  db: DatabaseClient,
  owner: RecordOwner,
  settings: DisplaySettings,
): Promise<void> {
  const id = singleRecordId(owner, KIND);
  if (settings.tabTitle === undefined && settings.exitUrl === undefined) {
    await deleteRecord(db, owner, KIND, id);
    return;
  }
  await replaceSingleRecord(db, owner, KIND, settings);
}

/** The same, each call finding its own database, for routes (which never hold a database client). */
export const displaySettingsStore = {
  load: (owner: RecordOwner) => loadDisplaySettings(database(), owner),
  save: (owner: RecordOwner, settings: DisplaySettings) => saveDisplaySettings(database(), owner, settings),
};
