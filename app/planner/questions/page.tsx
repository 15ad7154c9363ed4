import { QuestionsForm } from "@/components/plan/questions-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { planOf } from "@/lib/plan-store/saved-plans";
import { saveAnswersAction } from "../plan-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

async function QuestionsPage({ session }: { session: SignedIn | null }) {
  const signIn = signInToSaveSettings();
  // Signed out, this answers the form's own post: the form shows what was chosen, and offers to sign in and save.
  const plan = session ? await planOf(session) : undefined;
  return (
    <>
      <h1>A few questions</h1>
      <p>
        Your answers shape which ideas your plan suggests. Skip any question you like, and change your answers at any
        time. Everything you write stays in your plan whatever you answer here.
      </p>
      <QuestionsForm
        action={saveAnswersAction}
        answers={plan?.value.circumstances}
        version={plan?.version}
        signIn={signIn}
      />
    </>
  );
}

export default guardedPage(QuestionsPage, { session: "form-post" });
