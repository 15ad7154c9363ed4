import { briefContentSchema, helperRoles, type BriefContent, type HelperRole } from "./brief-content";

/** The parts a survivor can choose to put in a brief, each one or not at all. */
export const briefPartIds = ["canDo", "signal", "place", "ownWords"] as const;

export type BriefPartId = (typeof briefPartIds)[number];

export const isBriefPartId = (value: unknown): value is BriefPartId =>
  typeof value === "string" && (briefPartIds as readonly string[]).includes(value);

/** Known part ids only, each once, in the order above (a form's checkboxes arrive as strings). */
export function briefParts(values: readonly unknown[]): BriefPartId[] {
  return briefPartIds.filter((part) => values.includes(part));
}

/** What one entry (a trusted person, a supporter) could offer a brief, already in her language. */
export type BriefSource = {
  roles: readonly HelperRole[];
  canDo?: readonly string[];
  signal?: { word: string; whatToDo: string };
  place?: string;
};

export type BriefChoices = {
  locale: string;
  source: BriefSource;
  parts: readonly BriefPartId[];
  /** Typed by the survivor on the brief form. */
  from?: string;
  ownWords?: string;
};

/** Which part a role travels with: a role is named only when the part that tells it was chosen. */
const partOfRole: Record<HelperRole, BriefPartId | "always"> = {
  "code-word": "signal",
  "keep-documents": "canDo",
  "spare-key": "canDo",
  "keep-go-bag": "canDo",
  "pick-up-children": "canDo",
  "place-to-stay": "canDo",
  "call-for-help": "canDo",
  "check-in": "place",
  "change-supporter": "always",
};

const kept = (text: string | undefined) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The brief, holding only the parts she chose: a part left unticked is absent, not empty. A role
 * is kept only with the part that tells it (the code word with the signal), so that the guidance
 * linked for it gives away nothing she left out.
 * Throws if a line is longer than the brief allows: the form checks lengths first.
 */
export function briefFromChoices(choices: BriefChoices): BriefContent {
  const chosen = new Set(choices.parts);
  const canDo = chosen.has("canDo") ? choices.source.canDo?.map(kept).filter((line) => line !== undefined) : [];
  const word = chosen.has("signal") ? kept(choices.source.signal?.word) : undefined;
  const place = chosen.has("place") ? kept(choices.source.place) : undefined;
  const ownWords = chosen.has("ownWords") ? kept(choices.ownWords) : undefined;
  const from = kept(choices.from);
  const present: Record<BriefPartId | "always", boolean> = {
    canDo: Boolean(canDo?.length),
    signal: word !== undefined,
    place: place !== undefined,
    ownWords: ownWords !== undefined,
    always: true,
  };
  const roles = helperRoles.filter((role) => choices.source.roles.includes(role) && present[partOfRole[role]]);
  return briefContentSchema.parse({
    v: 1,
    locale: choices.locale,
    ...(from ? { from } : {}),
    roles,
    ...(canDo?.length ? { canDo } : {}),
    ...(word ? { signal: { word, whatToDo: choices.source.signal?.whatToDo.trim() ?? "" } } : {}),
    ...(place ? { place } : {}),
    ...(ownWords ? { ownWords } : {}),
  });
}

/** The roles a trusted person's entry speaks to: what they could do, and a code word if there is one. */
export function trustedPersonRoles(person: { canHelpWith: readonly string[]; codeWord?: string }): HelperRole[] {
  return helperRoles.filter((role) =>
    role === "code-word" ? Boolean(person.codeWord?.trim()) : person.canHelpWith.includes(role),
  );
}
