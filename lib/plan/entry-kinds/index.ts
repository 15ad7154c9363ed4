import type { PlanEntries } from "../plan-schema";
import { childrenItems } from "./children-checklist";
import type { DraftRow, EntryKind } from "./entry-kind";
import { goBagItems } from "./go-bag-checklist";
import { moneyItems } from "./money-checklist";
import { petItems } from "./pets-checklist";
import { safePlaces } from "./safe-places";
import { technologyItems } from "./technology-checklist";
import { trustedPeople } from "./trusted-people";
import { workplaceContacts } from "./workplace-contacts";

/** Every kind of entry a plan holds, in the order "what changed" lists them. A new kind is one file and one line here. */
export const entryKindsByKey = {
  trustedPeople,
  safePlaces,
  workplaceContacts,
  goBagItems,
  childrenItems,
  petItems,
  technologyItems,
  moneyItems,
};
export const entryKinds: EntryKind[] = Object.values(entryKindsByKey);

export type EntryKey = keyof typeof entryKindsByKey;
export const entryKeys = Object.keys(entryKindsByKey) as EntryKey[];

/** Nothing written or ticked yet; without zod, for forms in the browser. */
export const noEntries = (): PlanEntries =>
  ({
    ...Object.fromEntries(entryKeys.map((key) => [key, []])),
    leftOut: [] as string[],
    done: {},
    notes: {},
  }) as PlanEntries;

/** The kind of entry a section lists, if it has one. */
export const entryKindOf = (section: string) =>
  entryKinds.find((kind) => kind.section === section) as (EntryKind & { key: EntryKey }) | undefined;

/** A suggested row of any kind, by its id (each is unique across kinds), with the kind that offers it. */
export function suggestionById(id: string): { kind: EntryKind & { key: EntryKey }; row: DraftRow } | undefined {
  for (const kind of entryKinds) {
    const row = kind.suggested?.find((candidate) => candidate.id === id);
    if (row) return { kind: kind as EntryKind & { key: EntryKey }, row };
  }
  return undefined;
}
