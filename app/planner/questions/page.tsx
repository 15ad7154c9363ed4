import type { Metadata } from "next";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";
import { QuestionsForm } from "@/components/plan/questions-form";
import { sessionOrFormPost } from "@/lib/auth/session-in-cookie-jar";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { database } from "@/lib/db/database";
import { loadPlan } from "@/lib/plan/plan-store";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveAnswersAction } from "../plan-actions";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function QuestionsPage() {
  const signIn = signInToSaveSettings();
  const session = await sessionOrFormPost();
  // Signed out, this answers the form's own post: the form shows what was chosen, and offers to sign in and save.
  const plan = session ? await loadPlan(database(), session) : undefined;
  return (
    <>
      <h1>A few questions</h1>
      <p>
        Your answers shape which ideas your plan suggests. Skip any question you like, and change your answers at any
        time. Everything you write stays in your plan whatever you answer here.
      </p>
      <QuestionsForm action={saveAnswersAction} answers={plan?.value.circumstances} version={plan?.version} signIn={signIn} />
    </>
  );
}

export default pageOrUnavailable(QuestionsPage);
