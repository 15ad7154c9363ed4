import type { PlanValue } from "@/lib/plan/plan-schema";
import { describeChanges } from "@/lib/plan/describe-changes";

/**
 * Shown when another tab or device saved first. Nothing is lost: the person's version was kept as
 * a snapshot in their history, and saving again puts it in place of the other one.
 */
export function ConflictNotice({ saved, mine }: { saved: PlanValue; mine: PlanValue }) {
  const differences = describeChanges(saved, mine);
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="mb-6 rounded-md border-2 border-exit p-4">
      <h2 id="conflict-heading" className="mt-0">
        Your plan was changed somewhere else
      </h2>
      <p>
        Another tab or device saved your plan after you opened this page. Your version is kept safe in your history, so
        nothing is lost.
      </p>
      {differences.length > 0 ? (
        <>
          <p className="mb-1 font-bold">Your version, compared with the one saved there:</p>
          <ul>
            {differences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Both versions say the same thing.</p>
      )}
      <p className="mb-0">To keep your version, press Save again. To keep the other one, open this page again.</p>
    </section>
  );
}
