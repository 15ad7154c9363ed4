// One part of the safety plan, driven the way a person without JavaScript saves it.
import type { NoJsBrowser, Page } from "../../support/no-js-client";
import { formWithField, hiddenValue, textareaValue } from "./forms";

export const SAVED = "Saved.";
// The notice as drawn: its words also travel in the page's data for the form, conflict or not.
export const CONFLICT = '<h2 id="conflict-heading"';

export const sectionPath = (section: string) => `/planner/section/${section}`;

export type SaveOutcome =
  | { kind: "saved"; status: number; version: number }
  | { kind: "conflict"; status: number; version: number }
  | { kind: "other"; status: number; excerpt: string };

/** The plan version the section form was drawn at. */
export function versionOn(page: Page): number {
  const value = hiddenValue(page, formWithField(page, "section"), "version");
  if (value === undefined || !/^\d+$/.test(value))
    throw new Error(`No plan version on ${page.url} (status ${page.status})`);
  return Number(value);
}

/** The section's note, as the page shows it. */
export function noteOn(page: Page): string {
  const note = textareaValue(page.html, "note");
  if (note === undefined) throw new Error(`No note field on ${page.url} (status ${page.status})`);
  return note;
}

/** What a save's answer says: saved with a new version, a conflict, or something else. */
export function outcomeOf(page: Page): SaveOutcome {
  const saved = page.html.includes(`>${SAVED}<`);
  const conflict = page.html.includes(CONFLICT);
  if (page.status === 200 && saved !== conflict)
    return { kind: saved ? "saved" : "conflict", status: page.status, version: versionOn(page) };
  return { kind: "other", status: page.status, excerpt: page.html.slice(0, 300) };
}

/** Posts the section form of `page` with a new note, keeping every other field as the page drew it. */
export async function saveNote(browser: NoJsBrowser, page: Page, note: string, version?: number): Promise<SaveOutcome> {
  const fields: Record<string, string> = { note };
  if (version !== undefined) fields.version = String(version);
  return outcomeOf(await browser.submit(page, formWithField(page, "section"), fields));
}
