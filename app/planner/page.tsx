import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { PlanOverview } from "@/components/plan/plan-overview";
import { PlannerIntro } from "@/components/plan/planner-intro";
import { ReflectionSummary } from "@/components/plan/reflection-summary";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { builtSafetyPlan, nextStepsOf } from "@/lib/content/strategy-library";
import { changesSinceReview } from "@/lib/plan-store/changes-since-review";
import { planOf } from "@/lib/plan-store/saved-plans";
import { planRoutes } from "@/lib/site/site-routes";
import { bringBackStepsAction, markStepDoneAction, setStepAsideAction } from "./next-step-actions";
import { setReviewByAction } from "./review-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

async function MakeAPlanPage({ session }: { session: SignedIn | null }) {
  if (!session) return <PlannerIntro />;
  const [plan, locale, t] = await Promise.all([planOf(session), getLocale(), getTranslations("plan.page")]);
  const built = builtSafetyPlan(plan.value, locale);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t.rich("private", { answers: (words) => <AppLink href={planRoutes.questions}>{words}</AppLink> })}</p>
      {plan.version === 0 && (
        <p className="rounded-md border-l-4 border-link bg-calm p-4">
          <AppLink href={planRoutes.questions} className="font-bold">
            {t("startLink")}
          </AppLink>
          {t("startRest")}
        </p>
      )}
      <ReflectionSummary reflection={plan.value.reflection} />
      <PlanOverview
        plan={plan}
        built={built}
        steps={nextStepsOf(plan.value, locale, built)}
        changes={await changesSinceReview(session, plan.value, locale)}
        actions={{
          setReviewBy: setReviewByAction,
          done: markStepDoneAction,
          setAside: setStepAsideAction,
          bringBack: bringBackStepsAction,
        }}
      />
    </>
  );
}

export default guardedPage(MakeAPlanPage, { session: "optional" });
