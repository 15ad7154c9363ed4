import { PlanKindForm } from "@/components/account/plan-kind-form";
import { AppLink } from "@/components/app-link/app-link";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { planPlaces } from "@/lib/settings/plan-kind";
import { planKindStore } from "@/lib/settings/plan-kind-store";
import { siteRoutes } from "@/lib/site/site-routes";
import { choosePlanKindAction } from "./plan-kind-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("planKind");

async function PlanKindPage({ session }: { session: SignedIn }) {
  const chosen = await planKindStore.of(session);
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.account.href}>Back to your account</AppLink>
      </p>
      <h1>The kind of plan you make</h1>
      <p>
        Your account page and the menu at the top offer one kind of plan: now, {planPlaces[chosen].name.toLowerCase()}.
        You can choose the other kind here. Nothing you wrote in either plan is deleted, and you can come back and
        switch again at any time.
      </p>
      <PlanKindForm action={choosePlanKindAction} chosen={chosen} />
    </>
  );
}

export default guardedPage(PlanKindPage);
