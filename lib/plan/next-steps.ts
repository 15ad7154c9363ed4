import type { BuiltSection, Suggestion } from "./build-plan";
import type { SafetyAnswers } from "./circumstances";
import { matchesCircumstances } from "./match-circumstances";
import { englishPlanWords, type PlanWords } from "./plan-words";
import { focusOf, serves } from "./priority-serves";
import { answeredYes } from "./risk-reflection";
import { riskIdsOf, type Strategy } from "./strategy-schema";

/** Up to five steps; at least three whenever the plan has that many ideas left to do. */
export const MOST_NEXT_STEPS = 5;
export const FEWEST_NEXT_STEPS = 3;
export const FIRST_STEP_WHY = englishPlanWords.why.firstStep;

/** One step the plan suggests starting with: the idea, why it is here, and the part it belongs to. */
export type NextStep = { id: string; text: string; why: string; section: { id: string; title: string } };

type Candidate = { suggestion: Suggestion; section: BuiltSection; strategy: Strategy; order: number };

type Input = {
  /** The built plan's sections, in their order. */
  sections: readonly BuiltSection[];
  strategies: readonly Strategy[];
  answers: SafetyAnswers;
  /** Ideas the person chose "Pick a different one" for. */
  setAside?: readonly string[];
  /** The words the plan was built with; English when absent. */
  words?: PlanWords;
};

/** One from each list in turn, so every concern or priority gets a step before any gets two. */
function inTurn<T>(lists: T[][]): T[] {
  const taken: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let index = 0; index < longest; index++)
    for (const list of lists) if (index < list.length) taken.push(list[index]!);
  return taken;
}

/** The most basic ideas first (priority 1), then in the plan's own order. */
const basicFirst = (a: Candidate, b: Candidate) => a.strategy.priority - b.strategy.priority || a.order - b.order;

const stepOf = (candidate: Candidate, why: string): NextStep => ({
  id: candidate.suggestion.id,
  text: candidate.suggestion.text,
  why,
  section: { id: candidate.section.id, title: candidate.section.title },
});

/** A step for everyone says it is a first step, rather than "part of every plan". */
const plainStepIn = (words: PlanWords) => (candidate: Candidate) =>
  stepOf(candidate, candidate.suggestion.why === words.why.everyone ? words.why.firstStep : candidate.suggestion.why);

/**
 * The few steps the plan opens with, never one marked done or set aside, and only ideas that fit the
 * answers. First the ideas tied to a "yes" in the reflection, then those serving what the person
 * said matters most (one per concern or priority in turn; an idea counts for the first that claims it),
 * up to five; then, until there are three, the most basic ideas of the plan, one part at a time.
 * Nothing is counted or scored.
 */
export function nextSteps({
  sections,
  strategies,
  answers,
  setAside = [],
  words = englishPlanWords,
}: Input): NextStep[] {
  const plainStep = plainStepIn(words);
  const byId = new Map(strategies.map((strategy) => [strategy.id, strategy]));
  const aside = new Set(setAside);
  const candidates = sections
    .flatMap((section) =>
      section.suggestions.flatMap((suggestion) => {
        const strategy = byId.get(suggestion.id);
        if (!strategy || suggestion.done || aside.has(suggestion.id)) return [];
        return matchesCircumstances(strategy.when, answers) ? [{ suggestion, section, strategy }] : [];
      }),
    )
    .map((candidate, order): Candidate => ({ ...candidate, order }));

  // Each idea is in one list only, the first that claims it, so setting one aside moves no other step out.
  const claimed = new Set<string>();
  const claim = (matching: Candidate[]) => {
    const mine = matching.filter((candidate) => !claimed.has(candidate.suggestion.id)).sort(basicFirst);
    for (const candidate of mine) claimed.add(candidate.suggestion.id);
    return mine;
  };
  const tiedToRisk = answeredYes(answers.risk).map((risk) =>
    claim(candidates.filter((candidate) => riskIdsOf(candidate.strategy)?.includes(risk))).map((candidate) =>
      stepOf(candidate, candidate.suggestion.why),
    ),
  );
  const forPriorities = focusOf(answers, words).map((focus) =>
    claim(candidates.filter((candidate) => serves(focus, candidate.section.id, candidate.suggestion.id))).map(
      (candidate) => stepOf(candidate, focus.why),
    ),
  );
  const firstOfEachPart = sections.map((section) =>
    claim(
      candidates.filter((candidate) => candidate.section.id === section.id && candidate.strategy.priority === 1),
    ).map(plainStep),
  );
  const theRest = claim(candidates).map(plainStep);

  const picked: NextStep[] = [];
  const add = (steps: NextStep[], upTo: number) => picked.push(...steps.slice(0, Math.max(0, upTo - picked.length)));
  add(inTurn(tiedToRisk), MOST_NEXT_STEPS);
  add(inTurn(forPriorities), MOST_NEXT_STEPS);
  add(inTurn(firstOfEachPart), FEWEST_NEXT_STEPS);
  add(theRest, FEWEST_NEXT_STEPS);
  return picked;
}
