import { getLocale, getTranslations } from "next-intl/server";
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
  const [plan, locale] = await Promise.all([planOf(session), getLocale()]);
  const [changes, t] = await Promise.all([
    changesSinceReview(session, plan.value, locale),
    getTranslations("plan.review"),
  ]);
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("back")}</AppLink>
      </p>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <ol>
        <li className="mb-3">
          <strong>{t("lifeTitle")}</strong>{" "}
          {t.rich("life", { answers: (words) => <AppLink href={planRoutes.questions}>{words}</AppLink> })}
        </li>
        <li className="mb-3" data-review-step="look-back">
          <strong>{t("lookBackTitle")}</strong>
          {plan.value.reflection ? (
            <ReflectionMoves reflection={plan.value.reflection} />
          ) : (
            <p className="mb-1">{t("notYet")}</p>
          )}
          <AppLink href={planRoutes.lookBack}>{plan.value.reflection ? t("again") : t("start")}</AppLink>
          {t("lookBackAfter")}
        </li>
        <li className="mb-3">
          <strong>{t("peopleTitle")}</strong>{" "}
          {t.rich("people", {
            people: (words) => <AppLink href={planRoutes.section("trusted-people")}>{words}</AppLink>,
            places: (words) => <AppLink href={planRoutes.section("safe-places")}>{words}</AppLink>,
          })}
        </li>
        <li className="mb-3">
          <strong>{t("changesTitle")}</strong>
          {changes === undefined ? (
            t("first")
          ) : changes.length === 0 ? (
            t("nothingYet")
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
          {t("done")}
        </button>
      </form>
    </>
  );
}

export default guardedPage(ReviewPage);
