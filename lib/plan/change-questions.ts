import english from "../../messages/en/changePlan.json";
import englishQuestions from "../../messages/en/planQuestions.json";
import type { ChangeAnswerKey } from "./change-answers";
import { yesNoUnsureIn, type Choice, type Question, type QuestionWords } from "./questions";

export type ChangeQuestion = Omit<Question, "key"> & { key: ChangeAnswerKey; kind: "one" | "yes-no" };

/** The change plan's questions' words in one language, from messages/<locale>/changePlan.json. */
export type ChangeQuestionWords = (typeof english)["questions"];
type Worded = { label: string; why: string; choices?: Record<string, string> };

const asked: { key: ChangeAnswerKey; kind: ChangeQuestion["kind"]; unsure?: true; provinces?: true }[] = [
  { key: "caresForChildren", kind: "yes-no" },
  { key: "courtOrder", kind: "one", unsure: true },
  { key: "substances", kind: "one", unsure: true },
  { key: "program", kind: "one" },
  { key: "province", kind: "one", provinces: true },
];

const choicesOf = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The change plan's questions in one language, in order. Every one can be skipped and changed at any time. */
export function changeQuestionsIn(
  words: ChangeQuestionWords,
  questionWords: QuestionWords = englishQuestions,
): ChangeQuestion[] {
  return asked.map(({ key, kind, unsure, provinces }) => {
    const { label, why, choices } = words[key] as Worded;
    const offered = unsure
      ? yesNoUnsureIn(questionWords)
      : provinces
        ? choicesOf(questionWords.province.choices)
        : choices && choicesOf(choices);
    return { key, label, why, kind, ...(offered && { choices: offered }) };
  });
}

export const changeQuestions: ChangeQuestion[] = changeQuestionsIn(english.questions);
