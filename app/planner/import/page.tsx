import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { ImportForm } from "@/components/plan/import-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { planOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";
import { importPlanAction } from "../plan-file-actions";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function ImportPage({ session }: { session: SignedIn }) {
  const plan = await planOf(session);
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>Bring back a copy</h1>
      <p>Open a locked copy you saved before. It takes the place of your current plan, which stays in your history.</p>
      <ImportForm action={importPlanAction} version={plan.version} />
    </>
  );
}

export default guardedPage(ImportPage);
