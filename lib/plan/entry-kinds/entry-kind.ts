import { MAX_ROWS } from "../plan-limits";
import type { PlanSectionId } from "../plan-sections";
import type { SensitiveDetail } from "./sensitive-details";

type Labelled = { label: string };
/**
 * A box to type in; `multiline` draws a textarea; `required` is the message (a key into
 * messages/<locale>/formErrors.json) when it is left empty;
 * `sensitive` says what kind of detail it holds, which paper leaves out unless the person chooses it.
 */
export type TextField = Labelled & {
  kind: "text";
  max: number;
  multiline: boolean;
  required?: string;
  sensitive?: SensitiveDetail;
};
/** Boxes to tick, any of them. */
export type ChoicesField<C extends string = string> = Labelled & { kind: "choices"; choices: Record<C, string> };
/** One answer from a list, which the row needs; `required` is the message key when none is chosen. */
export type ChoiceField<C extends string = string> = Labelled & {
  kind: "choice";
  choices: Record<C, string>;
  required: string;
};
/** One box to tick. */
export type FlagField = Labelled & { kind: "flag" };
export type EntryField = TextField | ChoicesField | ChoiceField | FlagField;

export const text = (
  label: string,
  max: number,
  options: { multiline?: boolean; sensitive?: SensitiveDetail } = {},
): TextField => ({
  kind: "text",
  label,
  max,
  multiline: options.multiline ?? false,
  ...(options.sensitive && { sensitive: options.sensitive }),
});
/** The row's main box: a row is kept only with something in it. */
export const requiredText = (
  label: string,
  max: number,
  required: string,
  options: { sensitive?: SensitiveDetail } = {},
): TextField => ({
  kind: "text",
  label,
  max,
  multiline: false,
  required,
  ...(options.sensitive && { sensitive: options.sensitive }),
});
export const choices = <const C extends string>(label: string, labels: Record<C, string>): ChoicesField<C> => ({
  kind: "choices",
  label,
  choices: labels,
});
export const choice = <const C extends string>(
  label: string,
  labels: Record<C, string>,
  required: string,
): ChoiceField<C> => ({ kind: "choice", label, choices: labels, required });
export const flag = (label: string): FlagField => ({ kind: "flag", label });

type Fields = Record<string, EntryField>;
type ValueOf<F> =
  F extends ChoicesField<infer C> ? C[] : F extends ChoiceField<infer C> ? C : F extends FlagField ? boolean : string;
/** One saved row of a kind, as its fields say. */
export type RowOf<F extends Fields> = { id: string } & { -readonly [K in keyof F]: ValueOf<F[K]> };
/** A row as a form draws it: saved, or typed and not saved yet (a choice not made yet is ""). */
export type DraftRow = { id: string } & Record<string, string | string[] | boolean>;

/** How one row prints: its name in bold, an optional aside in brackets, then details after dots. */
export type PrintedRow = { heading: string; aside?: string; details: string[] };

/** A change to a saved row that "what changed" says in words of its own. */
export type RowChange = "ticked" | "unticked";

/** What a kind of entry is declared with; see `defineEntryKind`. */
export type EntryKindSpec<Key extends string, F extends Fields> = {
  /** The list in the plan's entries, and the prefix of its fields in the form. */
  key: Key;
  /** The part of the plan it belongs to. */
  section: PlanSectionId;
  fields: F;
  /** The field a row cannot be saved without; messages about the row as a whole sit beside it. */
  required: keyof F & string;
  /** For "a plan keeps up to 30 people": which of formErrors.json's `tooMany` messages. */
  plural: "people" | "places" | "contacts" | "items";
  /** The person's own name for a row in "what changed". */
  nameOf: (row: RowOf<F>) => string;
  /** The heading of a saved row in the form. */
  titleOf: (row: RowOf<F>) => string;
  /** The heading of the blank row. */
  addTitle: string;
  print: (row: RowOf<F>, words: PrintWords) => PrintedRow;
  /**
   * A plainer change than "changed the details" when a saved row changed, if the kind has one (a tick),
   * without words: "what changed" says it in the reader's language.
   */
  changeOf?: (before: RowOf<F>, after: RowOf<F>) => RowChange | undefined;
  /**
   * Rows offered before the person has any (a checklist's suggested items). One becomes the person's
   * own only when they change something in it; until then it is not saved. Ids are unique across kinds.
   */
  suggested?: readonly RowOf<F>[];
  /** Drawn as a checklist under this heading: a box to tick per row, named by its required field. */
  checklist?: { title: string; intro: string };
};

/**
 * How a row reads in a summary and on paper, in the reader's language: templates filled with the
 * person's words ({word}, {where}), and each choice field's labels by value.
 */
export type PrintWords = {
  codeWord: string;
  knows: string;
  doesNotKnow: string;
  ticked: string;
  notTicked: string;
  whereItIs: string;
  gettingThere: string;
  keptThere: string;
  aSafePlace: string;
  choices: Record<string, Record<string, string>>;
};

/**
 * One kind of plan entry (a trusted person, a safe place, ...), declared once: its fields with their
 * labels and limits, and how it is named and printed. The zod schema (entry-schemas.ts), the form,
 * the server's reader, the print view and "what changed" all read it. No zod here: forms in the
 * browser read this table too.
 */
export function defineEntryKind<const Key extends string, F extends Fields>(spec: EntryKindSpec<Key, F>) {
  const fields = Object.entries(spec.fields);
  return {
    ...spec,
    /** Each field's label, by its name in the form. */
    labels: Object.fromEntries(fields.map(([name, field]) => [name, field.label])) as { [K in keyof F]: string },
    /** Each box's longest value, by its name in the form: the schema's limit and the markup's `maxLength`. */
    limits: Object.fromEntries(
      fields.flatMap(([name, field]) => (field.kind === "text" ? [[name, field.max]] : [])),
    ) as { [K in keyof F as F[K] extends TextField ? K : never]: number },
    /** A message key (messages/<locale>/formErrors.json): "a plan keeps up to 30 people". */
    tooMany: `tooMany.${spec.plural}?max=${MAX_ROWS}`,
    /** The empty "add another" row. */
    blank: (id: string): DraftRow =>
      Object.fromEntries([
        ["id", id],
        ...fields.map(([name, field]) => [name, field.kind === "choices" ? [] : field.kind === "flag" ? false : ""]),
      ]),
  };
}

/** Any kind, for code that works the same for every kind (its rows are read as `DraftRow`s). */
export type EntryKind = Omit<
  ReturnType<typeof defineEntryKind<string, Fields>>,
  "nameOf" | "titleOf" | "print" | "changeOf" | "suggested"
> & {
  nameOf: (row: never) => string;
  titleOf: (row: never) => string;
  print: (row: never, words: PrintWords) => PrintedRow;
  changeOf?: (before: never, after: never) => RowChange | undefined;
  suggested?: readonly DraftRow[];
};
