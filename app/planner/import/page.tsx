import { AppLink } from "@/components/app-link/app-link";
import { ImportForm } from "@/components/plan/import-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { siteRoutes } from "@/lib/site/site-routes";
import { importPlanAction } from "../plan-file-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

// Signed in only: the copy is opened for this person's session.
async function ImportPage(_props: { session: SignedIn }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>Bring back a copy</h1>
      <p>
        Open a locked copy you saved before. You will see what it would change before anything is replaced. If you bring
        it back, it takes the place of your current plan, which stays in your history.
      </p>
      <ImportForm action={importPlanAction} />
    </>
  );
}

export default guardedPage(ImportPage);
