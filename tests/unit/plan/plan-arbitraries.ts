import fc from "fast-check";
import { provinceCodes } from "@/lib/content/regions";
import type { Circumstances, SafetyAnswers } from "@/lib/plan/circumstances";
import { entryKinds, entryKindsByKey, type EntryKey } from "@/lib/plan/entry-kinds";
import type { PlanEntries } from "@/lib/plan/plan-schema";

import { planSectionIds } from "@/lib/plan/plan-sections";
import { priorityIds } from "@/lib/plan/priorities";
import { riskAnswerValues, riskQuestionIds, type RiskAnswers } from "@/lib/plan/risk-reflection";
import { reflectionStrategies } from "./reflection-strategies";
import { library } from "./strategy-library";

const choicesOf = <C extends Record<string, string>>(field: { choices: C }) =>
  Object.keys(field.choices) as (keyof C & string)[];
const trustedPersonHelp = choicesOf(entryKindsByKey.trustedPeople.fields.canHelpWith);
const workplaceRoles = choicesOf(entryKindsByKey.workplaceContacts.fields.role);
const workplaceHelp = choicesOf(entryKindsByKey.workplaceContacts.fields.willDo);

const id = fc.uuid();
const text = (max: number) => fc.string({ maxLength: max });

const suggestionIds = entryKinds.flatMap((kind) => kind.suggested?.map((row) => row.id) ?? []);

/** A checklist's own rows: suggestions taken (ticked or noted) and items of the person's own. */
const checklistItems = (key: EntryKey) =>
  fc.uniqueArray(
    fc.record({
      id: fc.oneof(id, fc.constantFrom(...(entryKindsByKey[key].suggested ?? []).map((row) => row.id))),
      what: text(20).filter((what) => what.trim().length > 0),
      ticked: fc.boolean(),
      where: text(20),
    }),
    { maxLength: 3, selector: (row) => row.id },
  );

export const circumstancesArbitrary: fc.Arbitrary<Circumstances> = fc.record(
  {
    livingSituation: fc.constantFrom("with-them", "planning-to-leave", "apart", "left"),
    childAges: fc.uniqueArray(fc.constantFrom("under-5", "5-12", "13-17"), { maxLength: 3 }),
    otherDependants: fc.boolean(),
    pets: fc.boolean(),
    workOrStudy: fc.constantFrom("none", "work", "study", "both"),
    theyKnowWhereIWork: fc.boolean(),
    safeTravel: fc.constantFrom("yes", "no", "unsure"),
    deviceChecked: fc.constantFrom("yes", "no", "unsure"),
    immigrationConcerns: fc.boolean(),
    accessNeeds: fc.boolean(),
    ruralOrRemote: fc.boolean(),
    consideringConversation: fc.boolean(),
    policeFeelSafe: fc.constantFrom("yes", "no", "unsure"),
    province: fc.constantFrom(...provinceCodes),
    preferredLanguage: fc.constantFrom("en", "fr", "other"),
    priorities: fc.uniqueArray(fc.constantFrom(...priorityIds), { maxLength: priorityIds.length }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Circumstances>;

/** Some reflection questions answered yes, no or not sure; the rest skipped. */
export const riskAnswersArbitrary: fc.Arbitrary<RiskAnswers> = fc.dictionary(
  fc.constantFrom(...riskQuestionIds),
  fc.constantFrom(...riskAnswerValues),
) as fc.Arbitrary<RiskAnswers>;

/** What the builder is given: the answers and, sometimes, a reflection. */
export const safetyAnswersArbitrary: fc.Arbitrary<SafetyAnswers> = fc
  .tuple(circumstancesArbitrary, fc.option(riskAnswersArbitrary, { nil: undefined }))
  .map(([answers, risk]) => (risk ? { ...answers, risk } : answers));

const ideaIds = [...library, ...reflectionStrategies].map((strategy) => strategy.id);
/** Ideas set aside from the next steps: any of the library's, in any order. */
export const setAsideArbitrary = fc.uniqueArray(fc.constantFrom(...ideaIds), { maxLength: 30 });

export const entriesArbitrary: fc.Arbitrary<PlanEntries> = fc.record({
  trustedPeople: fc.array(
    fc.record({
      id,
      name: text(20).filter((name) => name.trim().length > 0),
      reach: text(20),
      canHelpWith: fc.uniqueArray(fc.constantFrom(...trustedPersonHelp)),
      otherHelp: text(20),
      codeWord: text(10),
      knowsAboutPlan: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  safePlaces: fc.array(
    fc.record({
      id,
      place: text(20).filter((place) => place.trim().length > 0),
      howToGetThere: text(20),
      keptThere: text(20),
    }),
    { maxLength: 3 },
  ),
  workplaceContacts: fc.array(
    fc.record({
      id,
      role: fc.constantFrom(...workplaceRoles),
      name: text(20),
      willDo: fc.uniqueArray(fc.constantFrom(...workplaceHelp)),
      otherHelp: text(20),
    }),
    { maxLength: 3 },
  ),
  goBagItems: checklistItems("goBagItems"),
  childrenItems: checklistItems("childrenItems"),
  petItems: checklistItems("petItems"),
  technologyItems: checklistItems("technologyItems"),
  moneyItems: checklistItems("moneyItems"),
  leftOut: fc.uniqueArray(fc.constantFrom(...suggestionIds), { maxLength: 4 }),
  done: fc.dictionary(fc.constantFrom(...ideaIds), fc.boolean(), { maxKeys: 8 }),
  notes: fc.dictionary(
    fc.constantFrom(...planSectionIds),
    text(40).filter((note) => note.trim().length > 0),
    { maxKeys: 4 },
  ),
}) as fc.Arbitrary<PlanEntries>;
