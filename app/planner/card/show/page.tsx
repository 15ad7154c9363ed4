import { AppLink } from "@/components/app-link/app-link";
import { PrintButton } from "@/components/plan/print-button";
import { WalletCard } from "@/components/plan/wallet-card";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { planOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

async function WalletCardPage({ session }: { session: SignedIn }) {
  const plan = await planOf(session);
  return (
    <>
      <div className="print-hidden mb-4 flex flex-wrap items-center gap-4">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
        <PrintButton />
      </div>
      <h1 className="print-hidden">Your wallet card</h1>
      <WalletCard plan={plan.value} />
      <p className="print-hidden mt-4 text-muted">Cut along the border. It is the size of a bank card.</p>
    </>
  );
}

export default guardedPage(WalletCardPage);
