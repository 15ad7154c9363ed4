import type { DraftRow, EntryKind } from "@/lib/plan/entry-kinds/entry-kind";
import type { RowWords } from "@/lib/plan/entry-kinds/worded-kind";
import { fill } from "@/lib/plan/fill";
import { EntryFieldInput, EntryRow, rowFieldId } from "./entry-rows";
import type { FormRow } from "./form-rows";

type RowProps = { kind: EntryKind; row: FormRow<DraftRow>; offered: boolean; words: RowWords };

/**
 * One checklist item (defineChecklist's fields: what, ticked, where): a box to tick named by the
 * item, and folded away where it is, its words, and a way to remove it, so a long list stays short
 * on a phone. A suggestion not yet the person's says so, and is left out rather than removed.
 */
function ChecklistItem({ kind, row, offered, words }: RowProps) {
  const { index, item, removing, errors } = row;
  const tickId = rowFieldId(kind.key, index, "ticked");
  const removeId = rowFieldId(kind.key, index, "remove");
  const title = (kind.titleOf as (row: DraftRow) => string)(item);
  const where = String(item.where ?? "");
  const needsFixing = Object.keys(errors).length > 0;
  const field = (name: string) => <EntryFieldInput kind={kind} row={row} name={name} field={kind.fields[name]!} />;
  return (
    <div role="group" aria-labelledby={`${tickId}-label`} data-row={item.id} className="mb-3 rounded-md border p-3">
      {needsFixing && (
        <p className="font-bold text-exit">
          {words.notSavedYet}
          {!offered && words.keepsBefore}
        </p>
      )}
      <input type="hidden" name={`${kind.key}.${index}.id`} value={item.id} />
      <div className="flex items-start gap-2">
        <input
          id={tickId}
          type="checkbox"
          name={`${kind.key}.${index}.ticked`}
          value="1"
          defaultChecked={item.ticked === true}
          className="mt-1 h-5 w-5 shrink-0"
        />
        <label id={`${tickId}-label`} htmlFor={tickId} className="font-bold">
          {title}
          {offered && <span className="font-normal text-muted">{words.aSuggestion}</span>}
        </label>
      </div>
      <details open={needsFixing || removing} className="mt-1 ml-7">
        <summary className="cursor-pointer py-1">
          {where ? fill(words.whereIs, { where }) : offered ? words.whereOrLeaveOut : words.whereOrRemove}
        </summary>
        {field("where")}
        {field("what")}
        <div className="flex items-center gap-2">
          <input
            id={removeId}
            type="checkbox"
            name={`${kind.key}.${index}.remove`}
            value="1"
            defaultChecked={removing}
            className="h-5 w-5"
          />
          <label htmlFor={removeId} className="py-1">
            {offered ? words.leaveOut : words.remove}
          </label>
        </div>
      </details>
    </div>
  );
}

/** Suggestions left out before, each with a box to offer it again. */
function LeftOut({ rows, back, words }: { rows: DraftRow[]; back: readonly string[]; words: RowWords }) {
  if (rows.length === 0) return null;
  return (
    <details className="mb-4">
      <summary className="cursor-pointer py-1">{fill(words.leftOut, { count: rows.length })}</summary>
      <fieldset>
        <legend className="mb-1">{words.bringBack}</legend>
        {rows.map((row) => (
          <div key={row.id} className="flex items-center gap-2">
            <input
              id={`bring-back-${row.id}`}
              type="checkbox"
              name="bringBack"
              value={row.id}
              defaultChecked={back.includes(row.id)}
              className="h-5 w-5"
            />
            <label htmlFor={`bring-back-${row.id}`} className="py-1">
              {String(row.what ?? row.id)}
            </label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}

type ListProps = {
  kind: EntryKind & { checklist: { title: string; intro: string } };
  rows: FormRow<DraftRow>[];
  /** Ids of suggestions drawn that the person has not made their own yet. */
  offered: ReadonlySet<string>;
  leftOut: DraftRow[];
  bringBack: readonly string[];
  words: RowWords;
};

/** A checklist section's own list: its items and suggestions, a row to add one, and what was left out. */
export function ChecklistRows({ kind, rows, offered, leftOut, bringBack, words }: ListProps) {
  return (
    <section aria-labelledby={`${kind.key}-heading`} className="mb-6">
      <h2 id={`${kind.key}-heading`}>{kind.checklist.title}</h2>
      <p className="text-muted">{kind.checklist.intro}</p>
      {rows.map((row) =>
        row.isNew ? (
          <EntryRow key={row.item.id} kind={kind} row={row} words={words} />
        ) : (
          <ChecklistItem key={row.item.id} kind={kind} row={row} offered={offered.has(row.item.id)} words={words} />
        ),
      )}
      <LeftOut rows={leftOut} back={bringBack} words={words} />
    </section>
  );
}
