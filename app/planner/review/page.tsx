import { AppLink } from "@/components/app-link/app-link";
import { ReflectionMoves } from "@/components/plan/reflection-moves";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { changesSinceReview } from "@/lib/plan-store/changes-since-review";
import { planOf } from "@/lib/plan-store/saved-plans";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { finishReviewAction } from "../review-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

/** The review walkthrough: what has changed in your life, then in your plan, then done. */
async function ReviewPage({ session }: { session: SignedIn }) {
  const plan = await planOf(session);
  const changes = await changesSinceReview(session, plan.value);
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>Review my plan</h1>
      <p>
        Life changes, and a plan works best when it keeps up. Take these steps at your own pace; you can stop at any
        time.
      </p>
      <ol>
        <li className="mb-3">
          <strong>Has anything changed in your life?</strong> A move, a new job, the children&apos;s ages, how things
          are with the person who hurt you. <AppLink href={planRoutes.questions}>Look over your answers</AppLink>; the
          ideas in your plan follow them, and nothing you wrote is lost.
        </li>
        <li className="mb-3" data-review-step="look-back">
          <strong>Look back over the last few months.</strong>
          {plan.value.reflection ? (
            <ReflectionMoves reflection={plan.value.reflection} />
          ) : (
            <p className="mb-1">You have not done this yet.</p>
          )}
          <AppLink href={planRoutes.lookBack}>
            {plan.value.reflection ? "Answer the questions again" : "Look back over the last few months"}
          </AppLink>
          . Skipping any question is fine. Afterwards, “What has changed in the plan since last time?” below shows how
          your answers moved.
        </li>
        <li className="mb-3">
          <strong>Are your people and places still right?</strong> Check the{" "}
          <AppLink href={planRoutes.section("trusted-people")}>people you trust</AppLink> and your{" "}
          <AppLink href={planRoutes.section("safe-places")}>safe places</AppLink>.
        </li>
        <li className="mb-3">
          <strong>What has changed in the plan since last time?</strong>
          {changes === undefined ? (
            " This is your first review."
          ) : changes.length === 0 ? (
            " Nothing yet."
          ) : (
            <ul data-changes="">
              {changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </li>
      </ol>
      <form action={finishReviewAction}>
        <input type="hidden" name="version" value={plan.version} />
        <button type="submit" className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white">
          I have reviewed my plan
        </button>
      </form>
    </>
  );
}

export default guardedPage(ReviewPage);
