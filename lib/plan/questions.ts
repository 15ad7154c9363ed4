import { provinces } from "../content/regions";
import type { CircumstanceKey } from "./circumstances";
import { priorities } from "./priorities";

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

export const yesNoUnsure: Choice[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unsure", label: "I'm not sure" },
];

/** The questions, in order. Every one can be skipped and changed at any time. */
export const questions: Question[] = [
  {
    key: "priorities",
    label: "What matters most to you right now?",
    why: "Your plan starts with a few ideas for what you tick, and puts them first. Nothing is taken out of your plan. Tick any, or none.",
    kind: "many",
    choices: Object.entries(priorities).map(([value, label]) => ({ value, label })),
  },
  {
    key: "livingSituation",
    label: "Where are things right now with the person who hurt you?",
    why: "Staying safer looks different when you live together, when you are planning to leave, and after.",
    kind: "one",
    choices: [
      { value: "with-them", label: "We live together" },
      { value: "planning-to-leave", label: "We live together and I'm thinking about leaving" },
      { value: "apart", label: "We don't live together" },
      { value: "left", label: "I have left" },
    ],
  },
  {
    key: "childAges",
    label: "Do you have children? Tick their ages.",
    why: "Children need plans that fit their age.",
    kind: "many",
    choices: [
      { value: "under-5", label: "Under 5" },
      { value: "5-12", label: "5 to 12" },
      { value: "13-17", label: "13 to 17" },
    ],
    none: "I don't have children",
  },
  {
    key: "otherDependants",
    label: "Do you care for anyone else, such as an older parent?",
    why: "Someone who depends on you may need a place in the plan.",
    kind: "yes-no",
  },
  {
    key: "pets",
    label: "Do you have pets?",
    why: "Pets can be threatened, and many people plan for them too.",
    kind: "yes-no",
  },
  {
    key: "workOrStudy",
    label: "Do you work or study outside the home?",
    why: "People at work or school can help, and the person who hurt you may know where to find you there.",
    kind: "one",
    choices: [
      { value: "none", label: "No" },
      { value: "work", label: "I work" },
      { value: "study", label: "I study" },
      { value: "both", label: "Both" },
    ],
  },
  {
    key: "theyKnowWhereIWork",
    label: "Does the person who hurt you know where you work or study?",
    why: "If they do, there are a few extra steps that can help.",
    kind: "yes-no",
  },
  {
    key: "safeTravel",
    label: "Do you have a safe way to get around?",
    why: "Getting to a safe place depends on how you can travel.",
    kind: "one",
    choices: yesNoUnsure,
  },
  {
    key: "deviceChecked",
    label: "Are you worried someone checks your phone or computer?",
    why: "If so, we suggest ways to keep what you do private.",
    kind: "one",
    choices: yesNoUnsure,
  },
  {
    key: "immigrationConcerns",
    label: "Do you have worries about your immigration status?",
    why: "Some options carry extra risks or need extra papers.",
    kind: "yes-no",
  },
  {
    key: "accessNeeds",
    label: "Do you have a disability or access needs?",
    why: "Safe places and help need to work for you.",
    kind: "yes-no",
  },
  {
    key: "ruralOrRemote",
    label: "Do you live in a rural or remote place?",
    why: "Help can be farther away, and planning for distance matters.",
    kind: "yes-no",
  },
  {
    key: "consideringConversation",
    label: "Are you thinking about a conversation with the person who hurt you?",
    why: "If you are, the plan adds a part about doing it as safely as possible. Saying no is a full answer.",
    kind: "yes-no",
  },
  {
    key: "policeFeelSafe",
    label: "Does calling the police feel safe for you?",
    why: "It does not for everyone; the plan then offers other routes too.",
    kind: "one",
    choices: yesNoUnsure,
  },
  {
    key: "province",
    label: "Which province or territory do you live in?",
    why: "Some helplines serve only one province or territory. Your plan and wallet card then show the lines that serve where you live, as well as those for all of Canada.",
    kind: "one",
    choices: Object.entries(provinces).map(([value, label]) => ({ value, label })),
  },
  {
    key: "preferredLanguage",
    label: "Which language would you like help in?",
    why: "The lines to call in your plan then say which ones answer in French, or can bring in an interpreter for another language, and put those first.",
    kind: "one",
    choices: [
      { value: "en", label: "English" },
      { value: "fr", label: "French" },
      { value: "other", label: "Another language" },
    ],
  },
];
