import { provinces } from "../content/regions";
import type { ChangeAnswerKey } from "./change-answers";
import { yesNoUnsure, type Question } from "./questions";

export type ChangeQuestion = Omit<Question, "key"> & { key: ChangeAnswerKey; kind: "one" | "yes-no" };

/** The change plan's questions, in order. Every one can be skipped and changed at any time. */
export const changeQuestions: ChangeQuestion[] = [
  {
    key: "caresForChildren",
    label: "Are you a parent, or do you help care for children?",
    why: "Children see and hear more than adults think. If you are a dad or care for children, the plan adds ideas about being a parent they can feel safe with.",
    kind: "yes-no",
  },
  {
    key: "courtOrder",
    label: "Is there a court order, bail or probation condition about who you can contact?",
    why: "If there is, your plan works inside it. Some usual ideas, like talking things over later, may not be allowed.",
    kind: "one",
    choices: yesNoUnsure,
  },
  {
    key: "substances",
    label: "Are alcohol or drugs sometimes part of it when things go wrong?",
    why: "They do not cause harm, but they can make it harder to notice your signs and stop in time. The plan adds ideas for that.",
    kind: "one",
    choices: yesNoUnsure,
  },
  {
    key: "program",
    label: "Where are you with a program for people who have used violence?",
    why: "What helps next is different before, during and after a program.",
    kind: "one",
    choices: [
      { value: "not-started", label: "I have not started one" },
      { value: "waiting", label: "I'm waiting to start one" },
      { value: "in-one", label: "I'm in one now" },
      { value: "finished", label: "I have finished one" },
    ],
  },
  {
    key: "province",
    label: "Which province or territory do you live in?",
    why: "Some lines for people who want to stop using violence answer in one province only. Your plan then shows the ones that serve where you live.",
    kind: "one",
    choices: Object.entries(provinces).map(([value, label]) => ({ value, label })),
  },
];
