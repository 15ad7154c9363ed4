import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { PrintButton } from "@/components/plan/print-button";
import { WalletCard } from "@/components/plan/wallet-card";
import { requireSession } from "@/lib/auth/require-session";
import { database } from "@/lib/db/database";
import { loadPlan } from "@/lib/plan/plan-store";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function WalletCardPage() {
  const session = await requireSession();
  const plan = await loadPlan(database(), session);
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

export default pageOrUnavailable(WalletCardPage);
