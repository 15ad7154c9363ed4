import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import { database } from "../db/database";
import { getRecord, singleRecordId, type RecordOwner } from "../records/record-store";
import type { DisplaySettings, TimeZoneSetting } from "./display-settings";
import { changeSingleRecord } from "./replace-single-record";

const KIND = "display-settings";

export async function loadDisplaySettings(db: DatabaseClient, owner: RecordOwner): Promise<DisplaySettings> {
  return (await getRecord(db, owner, KIND, singleRecordId(owner, KIND)))?.value ?? {};
}

/** Changes the person's settings from what is saved now; when only the usual choices are left, no record at all. */
async function changeDisplaySettings(
  db: DatabaseClient,
  owner: RecordOwner,
  change: (saved: DisplaySettings) => DisplaySettings,
): Promise<void> {
  await changeSingleRecord(db, owner, KIND, (saved) => {
    const settings = change(saved ?? {});
    return Object.values(settings).every((value) => value === undefined) ? undefined : settings;
  });
}

/** Replaces the tab title and quick-exit site; the time zone stays as it is. */
export function saveDisplaySettings(db: DatabaseClient, owner: RecordOwner, look: DisplaySettings): Promise<void> {
  return changeDisplaySettings(db, owner, (saved) => ({
    tabTitle: look.tabTitle,
    exitUrl: look.exitUrl,
    ...(saved.timeZone ? { timeZone: saved.timeZone } : {}),
  }));
}

/** The zone the person chose, or none (to follow what the browser reports). */
export function saveTimeZone(db: DatabaseClient, owner: RecordOwner, timeZone: TimeZoneSetting | undefined) {
  return changeDisplaySettings(db, owner, ({ timeZone: _saved, ...rest }) => (timeZone ? { ...rest, timeZone } : rest));
}

/** The zone the browser reports, kept unless the person chose one; whether anything changed. */
export async function rememberBrowserTimeZone(db: DatabaseClient, owner: RecordOwner, name: string) {
  const known = (await loadDisplaySettings(db, owner)).timeZone;
  if (known?.chosen || known?.name === name) return false;
  await changeDisplaySettings(db, owner, (saved) =>
    saved.timeZone?.chosen ? saved : { ...saved, timeZone: { name, chosen: false } },
  );
  return true;
}

/** The same, each call finding its own database, for routes (which never hold a database client). */
export const displaySettingsStore = {
  load: (owner: RecordOwner) => loadDisplaySettings(database(), owner),
  save: (owner: RecordOwner, settings: DisplaySettings) => saveDisplaySettings(database(), owner, settings),
  saveTimeZone: (owner: RecordOwner, timeZone: TimeZoneSetting | undefined) =>
    saveTimeZone(database(), owner, timeZone),
  rememberBrowserTimeZone: (owner: RecordOwner, name: string) => rememberBrowserTimeZone(database(), owner, name),
};
