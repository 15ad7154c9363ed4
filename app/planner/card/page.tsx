import { AppLink } from "@/components/app-link/app-link";
import { PaperWarning } from "@/components/plan/paper-warning";
import { guardedPage } from "@/lib/auth/guarded-page";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

async function CardWarningPage() {
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>A wallet card</h1>
      <p>
        A small card with the numbers and words you may need in a hurry: helplines, your people, a code word, a safe
        place.
      </p>
      <PaperWarning continueHref="/planner/card/show" what="card" />
    </>
  );
}

export default guardedPage(CardWarningPage);
