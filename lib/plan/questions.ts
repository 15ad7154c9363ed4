import english from "../../messages/en/planQuestions.json";
import type { CircumstanceKey } from "./circumstances";
import { englishPlanWords, type PlanWords } from "./plan-words";

export type Choice = { value: string; label: string };
export type Question = {
  key: CircumstanceKey;
  label: string;
  why: string;
  /** "one": pick one (or skip); "many": tick any; "yes-no": yes, no, or skip. */
  kind: "one" | "many" | "yes-no";
  choices?: Choice[];
  /** "many" only: the box that says none of them applies, if there is one; ticking nothing skips the question. */
  none?: string;
};

/** The questions' words in one language, from messages/<locale>/planQuestions.json. */
export type QuestionWords = typeof english;
type Worded = { label: string; why: string; choices?: Record<string, string>; none?: string };

const choicesOf = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const yesNoUnsureIn = (words: QuestionWords): Choice[] => choicesOf(words.yesNoUnsure);
export const yesNoUnsure = yesNoUnsureIn(english);

/** The questions, in order; the words say what each one asks and offers. */
const asked: { key: CircumstanceKey; kind: Question["kind"]; unsure?: true }[] = [
  { key: "priorities", kind: "many" },
  { key: "livingSituation", kind: "one" },
  { key: "childAges", kind: "many" },
  { key: "otherDependants", kind: "yes-no" },
  { key: "pets", kind: "yes-no" },
  { key: "workOrStudy", kind: "one" },
  { key: "theyKnowWhereIWork", kind: "yes-no" },
  { key: "safeTravel", kind: "one", unsure: true },
  { key: "deviceChecked", kind: "one", unsure: true },
  { key: "immigrationConcerns", kind: "yes-no" },
  { key: "accessNeeds", kind: "yes-no" },
  { key: "ruralOrRemote", kind: "yes-no" },
  { key: "consideringConversation", kind: "yes-no" },
  { key: "policeFeelSafe", kind: "one", unsure: true },
  { key: "province", kind: "one" },
  { key: "preferredLanguage", kind: "one" },
];

/** The questions in one language. Every one can be skipped and changed at any time. */
export function questionsIn(words: QuestionWords, planWords: PlanWords = englishPlanWords): Question[] {
  return asked.map(({ key, kind, unsure }) => {
    const { label, why, choices, none } = words[key as keyof QuestionWords] as Worded;
    const offered =
      key === "priorities"
        ? choicesOf(planWords.priorities)
        : unsure
          ? yesNoUnsureIn(words)
          : choices && choicesOf(choices);
    return { key, label, why, kind, ...(offered && { choices: offered }), ...(none && { none }) };
  });
}

export const questions: Question[] = questionsIn(english);
