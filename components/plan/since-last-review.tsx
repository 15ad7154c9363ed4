import { AppLink } from "@/components/app-link/app-link";
import { countOf } from "@/lib/plan/count-of";
import { planRoutes } from "@/lib/site/site-routes";
import { ReviewByForm } from "./review-by-form";

type Props = {
  /** What changed since the last review; undefined before the first one. */
  changes?: string[];
  reviewBy?: string;
  version: number;
  setReviewBy: React.ComponentProps<typeof ReviewByForm>["action"];
};

/** What changed since the last review, folded to one line, and the date to look again. */
export function SinceLastReview({ changes, reviewBy, version, setReviewBy }: Props) {
  return (
    <section aria-labelledby="changed-heading" className="mb-6 rounded-md bg-calm p-3">
      <h2 id="changed-heading" className="mt-0 mb-1 text-base">
        What changed since your last review
      </h2>
      {changes === undefined ? (
        <p className="mb-2">
          Not reviewed yet. <AppLink href={planRoutes.review}>A review</AppLink> asks what has changed in your life.
        </p>
      ) : changes.length === 0 ? (
        <p className="mb-2">Nothing has changed since your last review.</p>
      ) : (
        <details className="mb-2">
          <summary className="cursor-pointer py-1">{countOf(changes.length, "change", "changes")}: show them</summary>
          <ul data-changes="">
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <ReviewByForm action={setReviewBy} reviewBy={reviewBy} version={version} />
    </section>
  );
}
