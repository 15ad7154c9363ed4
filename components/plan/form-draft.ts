import type { FormDraft } from "@/lib/forms/plan-form-states";

export type { FormDraft } from "@/lib/forms/plan-form-states";

/** A repeating row as the person typed it (`prefix` is like `trustedPeople.0`), or as saved if there is no draft. */
export function rowFromDraft<T extends { id: string }>(item: T, prefix: string, draft: FormDraft | undefined): T {
  if (!draft) return item;
  const typed = Object.entries(item).map(([key, saved]) => {
    if (key === "id") return [key, saved];
    const values = draft[`${prefix}.${key}`] ?? [];
    if (Array.isArray(saved)) return [key, values];
    if (typeof saved === "boolean") return [key, values.length > 0];
    return [key, values[0] ?? ""];
  });
  return Object.fromEntries(typed) as T;
}

/** The ticks as the person left them on the ideas the form showed. */
export function doneFromDraft(saved: Record<string, boolean>, draft: FormDraft | undefined): Record<string, boolean> {
  if (!draft) return saved;
  const ticked = new Set(draft.done ?? []);
  return { ...saved, ...Object.fromEntries((draft.shown ?? []).map((id) => [id, ticked.has(id)])) };
}
