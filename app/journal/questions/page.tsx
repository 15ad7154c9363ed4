import { AppLink } from "@/components/app-link/app-link";
import { ChangeQuestionsForm } from "@/components/plan/change-questions-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { changePlanOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveChangeAnswersAction } from "../change-answers-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

async function ChangeQuestionsPage({ session }: { session: SignedIn | null }) {
  // Signed out, this answers the form's own post: the form shows what was chosen, and offers to sign in and save.
  const plan = session ? await changePlanOf(session) : undefined;
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>Go to your change plan</AppLink>
      </p>
      <h1>A few questions</h1>
      <p>
        Your answers help the plan suggest ideas that fit your life. Skip any question you like, and change your answers
        at any time. What you write in your plan stays, whatever you answer here.
      </p>
      <ChangeQuestionsForm
        action={saveChangeAnswersAction}
        answers={plan ? (plan.value.answers ?? {}) : undefined}
        version={plan?.version}
        signIn={signInToSaveSettings()}
      />
    </>
  );
}

export default guardedPage(ChangeQuestionsPage, { session: "form-post" });
