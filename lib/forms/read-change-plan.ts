import { formMessage } from "./form-message";
import { allValues, asTyped, fieldsOf, firstValue, TOO_MANY_FIELDS } from "./form-fields";
import { MAX_CHANGE_LINES, MAX_SUGGESTIONS, textLimits } from "../plan/plan-limits";
import { changeSectionIds, type ChangeSectionId } from "../plan/change-sections";
import type { ChangePlanValue } from "../plan/plan-schema";
import type { FieldErrors } from "./read-plan-rows";

const SUGGESTION_ID = /^[a-z0-9-]{1,80}$/;

export type ChangePlanPatch = { items: Partial<Record<ChangeSectionId, string[]>>; done?: Record<string, boolean> };

function linesOf(box: string): string[] {
  return asTyped(box)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

function problemWith(lines: string[]): string | undefined {
  if (lines.length > MAX_CHANGE_LINES)
    return formMessage("tooManyLines", { max: MAX_CHANGE_LINES, count: lines.length });
  const long = lines.findIndex((line) => line.length > textLimits.changeLine);
  if (long >= 0) return formMessage("lineTooLong", { line: long + 1, max: textLimits.changeLine });
  return undefined;
}

/**
 * The change plan's form: one box per section, one line per item, and ticked ideas. A box that needs
 * fixing is left out of the patch (its saved lines stay) and named in `errors`; every other box is
 * saved. A form bigger than ours is refused whole (`patch` undefined).
 */
export function readChangePlan(form: FormData): {
  patch?: ChangePlanPatch;
  sent: ChangePlanValue;
  errors: FieldErrors;
} {
  const fields = fieldsOf(form);
  if (!fields) return { sent: { items: {}, done: {} }, errors: { form: TOO_MANY_FIELDS } };
  const errors: FieldErrors = {};
  const sent: ChangePlanValue = { items: {}, done: {} };
  const patch: ChangePlanPatch = { items: {} };
  for (const id of changeSectionIds) {
    const lines = linesOf(firstValue(fields, id) ?? "");
    sent.items[id] = lines;
    const problem = problemWith(lines);
    if (problem) errors[id] = problem;
    else patch.items[id] = lines;
  }
  const shown = allValues(fields, "shown").filter((id) => SUGGESTION_ID.test(id));
  const ticked = new Set(allValues(fields, "done"));
  sent.done = Object.fromEntries(shown.slice(0, MAX_SUGGESTIONS).map((id) => [id, ticked.has(id)]));
  if (shown.length > MAX_SUGGESTIONS) errors.done = formMessage("tooManyIdeas", { max: MAX_SUGGESTIONS });
  else patch.done = sent.done;
  return { patch, sent, errors };
}

/** The saved change plan with every box and tick from the patch put in; the rest as it was. */
export function applyChangePlanPatch(current: ChangePlanValue, patch: ChangePlanPatch): ChangePlanValue {
  const next: ChangePlanValue = structuredClone(current);
  for (const id of changeSectionIds) {
    const lines = patch.items[id];
    if (lines === undefined) continue;
    if (lines.length === 0) delete next.items[id];
    else next.items[id] = lines;
  }
  if (patch.done) next.done = patch.done;
  return next;
}
