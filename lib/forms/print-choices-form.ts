import { z } from "zod";
import { sensitiveDetailIds, type SensitiveDetail } from "../plan/entry-kinds/sensitive-details";
import { planSectionIds } from "../plan/plan-sections";
import { ENTRY_CHOICE, type PrintChoices } from "../plan/print-choices";
import { allValues, firstValue } from "./form-fields";
import { readFields } from "./plan-form-schemas";

const isSection = (id: string) => (planSectionIds as readonly string[]).includes(id);
const isDetail = (id: string): id is SensitiveDetail => (sensitiveDetailIds as readonly string[]).includes(id);

/**
 * The print form: the ticked parts, entries and details, by id (anything else is not from our
 * form and is dropped), and whether to show the plan or the choices again.
 */
export const printChoicesFormSchema = z.instanceof(FormData).transform((form, context) => {
  const fields = readFields(form, context);
  if (!fields) return z.NEVER;
  const choices: PrintChoices = {
    sections: [...new Set(allValues(fields, "section").filter(isSection))],
    entries: [...new Set(allValues(fields, "entry").filter((id) => ENTRY_CHOICE.test(id)))],
    details: [...new Set(allValues(fields, "detail").filter(isDetail))],
  };
  return { choices, step: firstValue(fields, "step") === "choose" ? ("choose" as const) : ("print" as const) };
});
