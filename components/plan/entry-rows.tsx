import type { RowWords } from "@/lib/plan/entry-kinds/worded-kind";
import type { DraftRow, EntryField, EntryKind } from "@/lib/plan/entry-kinds/entry-kind";
import { ChoiceBoxes } from "./choice-boxes";
import type { FormRow } from "./form-rows";
import { RowField } from "./row-field";

/** The id of a row's field in the page, as the row draws it; error summaries link to it. */
export const rowFieldId = (prefix: string, index: number, field: string) => `${prefix}-${index}-${field}`;

type FieldProps = { kind: EntryKind; row: FormRow<DraftRow>; name: string; field: EntryField };

/** One field of a row, drawn as its table says, with its limit and its error beside it. */
export function EntryFieldInput({ kind, row, name, field }: FieldProps) {
  const id = rowFieldId(kind.key, row.index, name);
  const formName = `${kind.key}.${row.index}.${name}`;
  const value = row.item[name];
  const error = row.errors[name];
  if (field.kind === "text") {
    return (
      <RowField
        id={id}
        name={formName}
        label={field.label}
        maxLength={field.max}
        error={error}
        value={String(value ?? "")}
        multiline={field.multiline}
      />
    );
  }
  if (field.kind === "choices") {
    return (
      <ChoiceBoxes
        id={id}
        name={formName}
        legend={field.label}
        labels={field.choices}
        chosen={Array.isArray(value) ? value : []}
        error={error}
      />
    );
  }
  if (field.kind === "flag") {
    return (
      <div className="mb-3 flex items-center gap-2">
        <input id={id} type="checkbox" name={formName} value="1" defaultChecked={value === true} className="h-5 w-5" />
        <label htmlFor={id}>{field.label}</label>
      </div>
    );
  }
  return (
    <>
      <label htmlFor={id} className="mb-1 block font-bold">
        {field.label}
      </label>
      {error && (
        <p id={`${id}-error`} className="mb-1 font-bold text-exit">
          {error}
        </p>
      )}
      <select
        id={id}
        name={formName}
        defaultValue={String(value ?? "")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mb-3 block w-full rounded-md border-2 border-gray-500 px-3 py-2"
      >
        <option value="">Choose…</option>
        {Object.entries(field.choices).map(([choice, label]) => (
          <option key={choice} value={choice}>
            {label}
          </option>
        ))}
      </select>
    </>
  );
}

/** One row of a kind (a person, a place, a contact): every field in its table, and a remove box once saved. */
export function EntryRow({ kind, row, words }: { kind: EntryKind; row: FormRow<DraftRow>; words: RowWords }) {
  const { index, item, isNew, removing } = row;
  const removeId = rowFieldId(kind.key, index, "remove");
  const needsFixing = Object.keys(row.errors).length > 0;
  const title = isNew ? kind.addTitle : (kind.titleOf as (row: DraftRow) => string)(item);
  return (
    <fieldset className="mb-6 rounded-md border border-gray-300 p-4" data-row={item.id}>
      <legend className="px-1 text-lg font-bold">{title}</legend>
      {needsFixing && (
        <p className="font-bold text-exit">
          {words.notSavedYet}
          {!isNew && words.keepsBefore}
        </p>
      )}
      <input type="hidden" name={`${kind.key}.${index}.id`} value={item.id} />
      {Object.entries(kind.fields).map(([name, field]) => (
        <EntryFieldInput key={name} kind={kind} row={row} name={name} field={field} />
      ))}
      {!isNew && (
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
            {words.remove}
          </label>
        </div>
      )}
    </fieldset>
  );
}
