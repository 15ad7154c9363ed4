import { z } from "zod";
import { BRIEF_DAYS } from "../helper-briefs/brief-content";
import { briefParts, type BriefPartId } from "../helper-briefs/brief-parts";
import { keepUnder } from "../plan/plan-limits";
import { briefFormLimits } from "./brief-form-limits";
import { allValues, asTyped, fieldsOf, firstValue } from "./form-fields";

/** Who a brief is for: a trusted person by their row id, or the change plan's supporter by place. */
export type BriefFor = { kind: "person"; id: string } | { kind: "supporter"; index: number };

type TextName = keyof typeof briefFormLimits;

/** What the person chose and typed, kept as sent so a refused form comes back with every word. */
export type BriefFormValues = Record<TextName, string> & { parts: BriefPartId[]; days: number };

/** The address's ?person= or ?supporter=, checked; anything else names nobody. */
export function briefForOf(query: { person?: unknown; supporter?: unknown }): BriefFor | undefined {
  if (typeof query.person === "string" && /^[a-z0-9-]{6,40}$/.test(query.person))
    return { kind: "person", id: query.person };
  if (typeof query.supporter === "string" && /^\d{1,3}$/.test(query.supporter))
    return { kind: "supporter", index: Number(query.supporter) };
  return undefined;
}

const bounded = (name: TextName) =>
  z.string().max(briefFormLimits[name], { message: keepUnder(briefFormLimits[name]) });

/** Message keys, said from messages/<locale>/helperBriefs.json (errors). */
const valuesSchema = z
  .object({
    label: bounded("label").trim().min(1, { message: "label" }),
    from: bounded("from").trim(),
    word: bounded("word").trim(),
    whatToDo: bounded("whatToDo").trim(),
    place: bounded("place").trim(),
    ownWords: bounded("ownWords").trim(),
    parts: z.array(z.enum(["canDo", "signal", "place", "ownWords"])).min(1, { message: "noParts" }),
    days: z.number().refine((days) => (BRIEF_DAYS.choices as readonly number[]).includes(days)),
  })
  .superRefine((values, context) => {
    const needs = (part: BriefPartId, field: TextName, message: string) => {
      if (values.parts.includes(part) && !values[field]) context.addIssue({ code: "custom", path: [field], message });
    };
    needs("signal", "word", "signalWord");
    needs("place", "place", "place");
    needs("ownWords", "ownWords", "ownWords");
  });

export type BriefFormStep = "preview" | "make" | "change";

export type ReadBriefForm = {
  step: BriefFormStep;
  for?: BriefFor;
  values: BriefFormValues;
  parsed?: z.output<typeof valuesSchema>;
  fieldErrors: Record<string, string>;
};

/** Reads the brief form once (refusing one with more fields than it has), and checks it. */
export function readBriefForm(form: FormData): ReadBriefForm | undefined {
  const fields = fieldsOf(form, 40);
  if (!fields) return undefined;
  const text = (name: TextName) => asTyped(firstValue(fields, name) ?? "");
  const step = firstValue(fields, "step");
  const values: BriefFormValues = {
    label: text("label"),
    from: text("from"),
    word: text("word"),
    whatToDo: text("whatToDo"),
    place: text("place"),
    ownWords: text("ownWords"),
    parts: briefParts(allValues(fields, "part")),
    days: Number(firstValue(fields, "days") ?? BRIEF_DAYS.default),
  };
  const parsed = valuesSchema.safeParse(values);
  const fieldErrors: Record<string, string> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return {
    step: step === "make" || step === "change" ? step : "preview",
    for: briefForOf({ person: firstValue(fields, "person"), supporter: firstValue(fields, "supporter") }),
    values,
    parsed: parsed.success ? parsed.data : undefined,
    fieldErrors,
  };
}
