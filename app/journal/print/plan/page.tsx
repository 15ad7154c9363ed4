import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { ChangePlanLines } from "@/components/plan/change-plan-lines";
import { ChangePlanSummary } from "@/components/plan/change-plan-summary";
import { PrintButton } from "@/components/plan/print-button";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { builtChangePlan } from "@/lib/content/strategy-library";
import { changePlanOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("print");

/** The change plan on paper: the person's lines and the ideas they marked done, then the lines to call. */
async function PrintableChangePlanPage({ session }: { session: SignedIn }) {
  const [saved, locale, t] = await Promise.all([changePlanOf(session), getLocale(), getTranslations("planFiles")]);
  const plan = saved.value;
  return (
    <>
      <div className="print-hidden mb-4 flex flex-wrap items-center gap-4">
        <AppLink href={siteRoutes.changePlan.href}>{t("back.changePlan")}</AppLink>
        <PrintButton label={t("print.button")} />
      </div>
      <h1>{t("print.changePlanPrinted")}</h1>
      <ChangePlanSummary sections={builtChangePlan(plan, locale).sections} plan={plan} />
      <ChangePlanLines province={plan.answers?.province} paper />
    </>
  );
}

export default guardedPage(PrintableChangePlanPage);
