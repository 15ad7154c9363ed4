import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { PrintButton } from "@/components/plan/print-button";
import { WalletCard } from "@/components/plan/wallet-card";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { planOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("card");

async function WalletCardPage({ session }: { session: SignedIn }) {
  const [plan, t] = await Promise.all([planOf(session), getTranslations("planFiles")]);
  return (
    <>
      <div className="print-hidden mb-4 flex flex-wrap items-center gap-4">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("back.plan")}</AppLink>
        <PrintButton label={t("print.button")} />
      </div>
      <h1 className="print-hidden">{t("card.showHeading")}</h1>
      <WalletCard plan={plan.value} />
      <p className="print-hidden mt-4 text-muted">{t("card.cut")}</p>
    </>
  );
}

export default guardedPage(WalletCardPage);
