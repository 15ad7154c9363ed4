import type { PlanEntries } from "../plan-schema";
import type { EntryKind } from "./entry-kind";
import { safePlaces } from "./safe-places";
import { trustedPeople } from "./trusted-people";
import { workplaceContacts } from "./workplace-contacts";

/** Every kind of entry a plan holds, in the order "what changed" lists them. A new kind is one file and one line here. */
export const entryKindsByKey = { trustedPeople, safePlaces, workplaceContacts };
export const entryKinds: EntryKind[] = Object.values(entryKindsByKey);

export type EntryKey = keyof typeof entryKindsByKey;
export const entryKeys = Object.keys(entryKindsByKey) as EntryKey[];

/** Nothing written or ticked yet; without zod, for forms in the browser. */
export const noEntries = (): PlanEntries =>
  ({ ...Object.fromEntries(entryKeys.map((key) => [key, []])), done: {}, notes: {} }) as PlanEntries;

/** The kind of entry a section lists, if it has one. */
export const entryKindOf = (section: string) =>
  entryKinds.find((kind) => kind.section === section) as (EntryKind & { key: EntryKey }) | undefined;
