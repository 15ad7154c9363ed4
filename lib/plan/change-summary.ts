import { describeChanges } from "./describe-changes";
import { changesInEnglish, type ChangesIn } from "./history-words";
import { emptyPlan, type PlanValue } from "./plan-schema";
import { sayCount } from "./say";

/** Keys in one order at every depth, so two equal values always print the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/**
 * What one save changed, in one line: the first change in plain words and how many more, such as
 * "You added a trusted person: “Sam”, and 3 more changes." `before` absent means the first save.
 * In the reader's language when `said` is given.
 */
export function oneLineChange(
  before: PlanValue | undefined,
  after: PlanValue,
  strategyText?: (id: string) => string | undefined,
  said: ChangesIn = changesInEnglish,
): string {
  const earlier = before ?? emptyPlan();
  const [first, ...rest] = describeChanges(earlier, after, strategyText, said);
  if (!first) return canonical(earlier) === canonical(after) ? said.words.none : said.words.unnamed;
  if (rest.length === 0) return first;
  return sayCount(said.words.more, rest.length, said.locale, { first: first.replace(/\.$/, "") });
}
