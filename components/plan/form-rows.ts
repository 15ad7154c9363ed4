import { type FormDraft, rowFromDraft } from "./form-draft";

export type FormRow<T> = {
  item: T;
  index: number;
  /** Not in the saved plan: it has no remove box, and is headed "Add a …". */
  isNew: boolean;
  /** Its remove box was ticked and the removal has not been saved. */
  removing: boolean;
  /** Messages for its fields, by field name. */
  errors: Record<string, string>;
};

type DrawState = { draft?: FormDraft; errors: Record<string, string>; unsaved: boolean };

/** The rows the form sent, in its order, each with the index it had there. */
function sentRows(draft: FormDraft, prefix: string): { index: string; id: string }[] {
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,9})\\.id$`);
  const seen = new Set<string>();
  return Object.keys(draft)
    .flatMap((name) => {
      const index = pattern.exec(name)?.[1];
      const id = draft[name]?.[0];
      return index !== undefined && id !== undefined ? [{ index, id }] : [];
    })
    .sort((a, b) => Number(a.index) - Number(b.index))
    .filter(({ id }) => !seen.has(id) && Boolean(seen.add(id)));
}

function errorsOf(errors: Record<string, string>, prefix: string, index: string): Record<string, string> {
  const start = `${prefix}.${index}.`;
  return Object.fromEntries(
    Object.entries(errors).flatMap(([name, message]) =>
      name.startsWith(start) ? [[name.slice(start.length), message]] : [],
    ),
  );
}

/**
 * The rows a section's form draws. Without a draft: what is saved, then a blank row to add another.
 * After a post that could not all be saved: the rows in the order the person had them, each with
 * their words; when something was saved, rows it removed are gone and an empty new row is not kept,
 * and a row that needs fixing keeps their words beside its messages. One blank row is always there.
 */
export function formRows<T extends { id: string }>(
  saved: readonly T[],
  prefix: string,
  blank: T,
  state: DrawState,
): FormRow<T>[] {
  const savedById = new Map(saved.map((item) => [item.id, item]));
  const rows: Omit<FormRow<T>, "index">[] = [];
  const drawn = new Set<string>();
  for (const { index, id } of state.draft ? sentRows(state.draft, prefix) : []) {
    const kept = savedById.get(id);
    const errors = errorsOf(state.errors, prefix, index);
    if (!state.unsaved && !kept && Object.keys(errors).length === 0) continue;
    const item = rowFromDraft({ ...blank, ...kept, id }, `${prefix}.${index}`, state.draft);
    rows.push({ item, isNew: !kept, removing: state.draft?.[`${prefix}.${index}.remove`] !== undefined, errors });
    drawn.add(id);
  }
  for (const item of saved) {
    if (!drawn.has(item.id)) rows.push({ item, isNew: false, removing: false, errors: {} });
  }
  if (!rows.some((row) => row.isNew)) rows.push({ item: blank, isNew: true, removing: false, errors: {} });
  return rows.map((row, index) => ({ ...row, index }));
}
