import { describeChanges } from "./describe-changes";
import { emptyPlan, type PlanValue } from "./plan-schema";

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
 */
export function oneLineChange(
  before: PlanValue | undefined,
  after: PlanValue,
  strategyText?: (id: string) => string | undefined,
): string {
  const earlier = before ?? emptyPlan();
  const [first, ...rest] = describeChanges(earlier, after, strategyText);
  if (!first) {
    return canonical(earlier) === canonical(after)
      ? "No changes from the version before."
      : "Changes this summary cannot name yet; open it to see the plan as it was.";
  }
  if (rest.length === 0) return first;
  return `${first.replace(/\.$/, "")}, and ${rest.length} more ${rest.length === 1 ? "change" : "changes"}.`;
}
