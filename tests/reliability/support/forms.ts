// Finding forms and fields on server-rendered pages, the way a person without JavaScript sees them.
import { formsOf, type Page } from "../../support/no-js-client";

const entities: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
export const decodeHtml = (text: string) =>
  text.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** The raw HTML of each form on the page, in order (the same order as `formsOf`). */
export function formBodies(html: string): string[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)].map(([, body = ""]) => body);
}

/** Names of every field in a form (inputs, textareas, selects), without the ones React adds. */
export function fieldNames(formBody: string): string[] {
  const names = [...formBody.matchAll(/<(?:input|textarea|select)\b[^>]*\sname="([^"]*)"/gi)].map(([, name = ""]) =>
    decodeHtml(name),
  );
  return [...new Set(names.filter((name) => !name.startsWith("$ACTION")))];
}

/** The index of the first form that has a field called `name`; throws if there is none. */
export function formWithField(page: Page, name: string): number {
  const index = formBodies(page.html).findIndex((body) => fieldNames(body).includes(name));
  if (index < 0) throw new Error(`No form with a "${name}" field on ${page.url} (status ${page.status})`);
  return index;
}

/** The value of a hidden field in form `index`. */
export function hiddenValue(page: Page, index: number, name: string): string | undefined {
  return formsOf(page.html)[index]?.hidden.find(([field]) => field === name)?.[1];
}

/** The text in a textarea, as the page shows it. */
export function textareaValue(html: string, name: string): string | undefined {
  const match = new RegExp(`<textarea\\b[^>]*\\sname="${name}"[^>]*>([\\s\\S]*?)</textarea>`, "i").exec(html);
  // React writes a leading newline into a textarea whose text starts with one; our texts never do.
  return match ? decodeHtml(match[1] as string).replace(/^\n/, "") : undefined;
}
