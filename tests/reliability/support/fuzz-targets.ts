// Every server action, where its form lives, and how to make any input to it invalid for sure.
import fc from "fast-check";
import { CURRENT_PARAMETERS } from "../../../lib/crypto/argon2-parameters";
import { planSectionIds } from "../../../lib/plan/plan-sections";
import { changeQuestions } from "../../../lib/plan/change-questions";
import { questions } from "../../../lib/plan/questions";
import { riskAnswerValues, riskQuestionIds } from "../../../lib/plan/risk-reflection";
import type { Table } from "./database-fingerprint";
import { hiddenFieldValues, type ActionForm } from "./fuzz-requests";
import { extraRows, fieldSet, fieldValue, rawBytes, type Field } from "./fuzz-values";

export type ActionTarget = {
  name: string;
  /** The page whose form posts to the action. */
  path: string;
  /** A field that only this action's form has, or "last" for the page's last form. */
  formWith: string;
  /** Whose browser opens the page. */
  who: "person" | "leaver" | "nobody";
  /**
   * Turns any input into one the action must refuse. Left out when nothing the action could be
   * sent can write anything (a search, a copy that cannot be opened).
   */
  breaker?: (fields: Field[]) => Field[];
  /** Tables that may change anyway: failed sign-ins are counted, signing out everywhere ends sessions. */
  mayChange?: Table[];
  /** Field values that are sometimes right, so inputs get past the first checks. */
  special?: (form: ActionForm) => Record<string, fc.Arbitrary<string | Blob>>;
  /** Extra fields added to every input (e.g. more rows than the plan allows). */
  extra?: fc.Arbitrary<Field[]>;
};

const firstString = (fields: Field[], name: string) =>
  fields.find(([field, value]) => field === name && typeof value === "string")?.[1] as string | undefined;

/** Sets a field to one value, whatever was generated for it. */
const set = (fields: Field[], name: string, value: string): Field[] => [
  ...fields.filter(([field]) => field !== name),
  [name, value],
];

/** Two passphrase fields that differ, so the input fails validation before any Argon2 work. */
const mismatch = (fields: Field[]) => {
  const passphrase = firstString(fields, "passphrase") ?? "";
  return set(set(fields, "passphrase", passphrase), "confirmPassphrase", `${passphrase}\u0007differs`);
};

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });
const version = (form: ActionForm) =>
  fc.oneof(fc.constant(form.hiddenValues.version ?? "0"), fc.nat({ max: 50 }).map(String), fieldValue);
const sometimes = <T>(often: fc.Arbitrary<T>, otherwise: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 2, arbitrary: often }, { weight: 1, arbitrary: otherwise });

const base64url = (bytes: fc.Arbitrary<Uint8Array>) => bytes.map((value) => Buffer.from(value).toString("base64url"));

/** A file to bring back: text, bytes, or JSON shaped like a locked copy with odd parameters. */
const planFile: fc.Arbitrary<Blob> = fc.oneof(
  fieldValue.map((text) => new Blob([text])),
  rawBytes.map((bytes) => new Blob([new Uint8Array(bytes)])),
  fc
    .record(
      {
        format: sometimes(fc.constant("safe-harbour-plan"), fieldValue),
        version: sometimes(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
        argon2: fc.oneof(
          fc.constant(CURRENT_PARAMETERS),
          fc.record({
            // Sizes and passes far past anything the app writes: a copy must not be able to ask for them.
            memoryKiB: fc.oneof(
              fc.constantFrom(19 * 1024, 64 * 1024, 4 * 1024 * 1024, 2 ** 32, 2 ** 53, -1, 0, 1.5),
              fc.integer(),
            ),
            passes: fc.oneof(fc.constantFrom(2, 3, 2 ** 20, 2 ** 31, 0), fc.integer()),
            lanes: fc.oneof(fc.constantFrom(1, 16, 17, 255, 0), fc.integer()),
          }),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        salt: fc.oneof(
          base64url(fc.uint8Array({ minLength: 16, maxLength: 16 })),
          base64url(fc.uint8Array({ maxLength: 40 })),
          fieldValue,
        ),
        envelope: fc.oneof(base64url(fc.uint8Array({ maxLength: 200 })), fieldValue, fc.jsonValue({ maxDepth: 1 })),
      },
      { requiredKeys: [] },
    )
    .map((file) => new Blob([JSON.stringify(file)], { type: "application/json" })),
);

const rowFields = {
  trustedPeople: ["name", "reach", "canHelpWith", "otherHelp", "codeWord", "knowsAboutPlan"],
  safePlaces: ["place", "howToGetThere", "keptThere"],
  workplaceContacts: ["role", "name", "willDo", "otherHelp"],
  goBagItems: ["what", "ticked", "where"],
};

export const actionTargets: ActionTarget[] = [
  { name: "sign up", path: "/sign-up", formWith: "confirmPassphrase", who: "nobody", breaker: mismatch },
  {
    name: "sign in",
    path: "/sign-in",
    formWith: "username",
    who: "nobody",
    breaker: (fields) => set(fields, "passphrase", ""),
    mayChange: ["RateLimit"],
  },
  {
    name: "recover with a code",
    path: "/recover",
    formWith: "recoveryCode",
    who: "nobody",
    breaker: mismatch,
    mayChange: ["RateLimit"],
  },
  { name: "search", path: "/search", formWith: "query", who: "nobody" },
  // A made-up code opens nothing: only the tries are counted, before any Argon2 work.
  { name: "open a note by its code", path: "/note", formWith: "code", who: "nobody", mayChange: ["RateLimit"] },
  {
    name: "change passphrase",
    path: "/account/passphrase",
    formWith: "currentPassphrase",
    who: "person",
    breaker: mismatch,
    mayChange: ["RateLimit"],
  },
  {
    name: "sign out one browser",
    path: "/account/sessions",
    formWith: "sessionId",
    who: "person",
    special: () => ({ sessionId: sometimes(hex(64), fieldValue) }),
  },
  { name: "sign out everywhere", path: "/account/sessions", formWith: "last", who: "leaver", mayChange: ["Session"] },
  {
    name: "delete account",
    path: "/account/delete",
    formWith: "passphrase",
    who: "person",
    breaker: (fields) => set(fields, "passphrase", ""),
    mayChange: ["RateLimit"],
  },
  {
    name: "review-by date",
    path: "/planner",
    formWith: "reviewBy",
    who: "person",
    breaker: (fields) => set(fields, "reviewBy", "not-a-date"),
    special: (form) => ({
      reviewBy: sometimes(
        fc
          .date({ min: new Date("1900-01-01"), max: new Date("2999-12-31"), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        fieldValue,
      ),
      version: version(form),
    }),
  },
  ...(["doneStep", "setAsideStep"] as const).map((field): ActionTarget => ({
    name: field === "doneStep" ? "a next step done" : "pick a different next step",
    path: "/planner",
    formWith: field,
    who: "person",
    breaker: (fields) => set(fields, field, "Not An Idea!"),
    special: (form) => ({ [field]: sometimes(fc.constant(form.hiddenValues[field] ?? ""), fieldValue) }),
  })),
  {
    name: "finish a review",
    path: "/planner/review",
    formWith: "version",
    who: "person",
    breaker: (fields) => set(fields, "version", "not-a-version"),
    special: (form) => ({ version: version(form) }),
  },
  {
    name: "answer the questions",
    path: "/planner/questions",
    formWith: "livingSituation",
    who: "person",
    breaker: (fields) => set(fields, "livingSituation", "not-an-answer"),
    special: (form) => ({
      version: version(form),
      ...Object.fromEntries(
        questions.map((question) => [
          question.key,
          sometimes(
            fc.constantFrom("yes", "no", "none", ...(question.choices ?? []).map((choice) => choice.value)),
            fieldValue,
          ),
        ]),
      ),
    }),
  },
  {
    name: "look back over the last few months",
    path: "/planner/look-back",
    formWith: "strangulation",
    who: "person",
    breaker: (fields) => set(fields, "version", "not-a-version"),
    special: (form) => ({
      version: version(form),
      today: sometimes(fc.constantFrom(new Date().toISOString().slice(0, 10), "2026-02-30", ""), fieldValue),
      ...Object.fromEntries(
        riskQuestionIds.map((id) => [id, sometimes(fc.constantFrom("", ...riskAnswerValues), fieldValue)]),
      ),
    }),
  },
  {
    name: "save a part of the plan",
    path: "/planner/section/trusted-people",
    formWith: "section",
    who: "person",
    // One bad field no longer stops the rest saving, so only a form that is wrong as a whole writes nothing.
    breaker: (fields) => set(fields, "version", "not-a-version"),
    special: (form) => ({
      ...hiddenFieldValues(form),
      section: sometimes(fc.constantFrom(...planSectionIds), fieldValue),
      version: version(form),
      autosave: fc.constantFrom("0", "1", "yes", ""),
    }),
    extra: fc
      .tuple(
        fc.oneof(fc.constant([] as Field[]), extraRows("trustedPeople", rowFields.trustedPeople)),
        fc.oneof(fc.constant([] as Field[]), extraRows("safePlaces", rowFields.safePlaces)),
        fc.oneof(fc.constant([] as Field[]), extraRows("workplaceContacts", rowFields.workplaceContacts)),
        fc.oneof(fc.constant([] as Field[]), extraRows("goBagItems", rowFields.goBagItems)),
        fc.array(fc.tuple(fc.constantFrom("shown", "done", "bringBack"), fieldValue), { maxLength: 250 }),
      )
      .map(([people, places, contacts, items, ticks]) => [
        ...people,
        ...places,
        ...contacts,
        ...items,
        ...(ticks as Field[]),
      ]),
  },
  // Choosing what to print reads the plan and writes nothing, whatever it is sent.
  { name: "choose what to print", path: "/planner/print", formWith: "detail", who: "person" },
  { name: "lock a copy (export)", path: "/planner/export", formWith: "confirmPassphrase", who: "person" },
  {
    name: "bring back a copy (import)",
    path: "/planner/import",
    formWith: "file",
    who: "person",
    special: (form) => ({ file: planFile, version: version(form) }),
  },
  {
    name: "save the change plan",
    path: "/journal",
    formWith: "values",
    who: "person",
    breaker: (fields) => set(fields, "version", "not-a-version"),
    special: (form) => ({ version: version(form) }),
    extra: fc.array(fc.tuple(fc.constantFrom("shown", "done", "values", "instead"), fieldValue), {
      maxLength: 150,
    }) as fc.Arbitrary<Field[]>,
  },
  {
    name: "answer the change plan's questions",
    path: "/journal/questions",
    formWith: "courtOrder",
    who: "person",
    // A wrong answer keeps its saved one while the rest are saved: only a broken version writes nothing.
    breaker: (fields) => set(fields, "version", "not-a-version"),
    special: (form) => ({
      version: version(form),
      ...Object.fromEntries(
        changeQuestions.map((question) => [
          question.key,
          sometimes(
            fc.constantFrom("yes", "no", ...(question.choices ?? []).map((choice) => choice.value)),
            fieldValue,
          ),
        ]),
      ),
    }),
  },
  { name: "lock a copy of the change plan", path: "/journal/export", formWith: "confirmPassphrase", who: "person" },
  {
    name: "bring back a copy of the change plan",
    path: "/journal/import",
    formWith: "file",
    who: "person",
    special: (form) => ({ file: planFile, version: version(form) }),
  },
  {
    name: "choose the kind of plan",
    path: "/account/plan",
    formWith: "planKind",
    who: "person",
    // Anything sent is a choice (what we did not offer is the safety plan), so every input may write it.
    mayChange: ["Record"],
    special: () => ({ planKind: sometimes(fc.constantFrom("safety", "change"), fieldValue) }),
  },
];

/** The values a target's form is fuzzed with. */
export function fieldsFor(target: ActionTarget, form: ActionForm): fc.Arbitrary<Field[]> {
  const fields = fieldSet(form.fields, { ...hiddenFieldValues(form), ...target.special?.(form) });
  return target.extra ? fc.tuple(fields, target.extra).map(([some, more]) => [...some, ...more]) : fields;
}
