import type { Metadata } from "next";
import { QuestionsForm } from "@/components/plan/questions-form";
import { requireSession } from "@/lib/auth/require-session";
import { database } from "@/lib/db/database";
import { loadPlan } from "@/lib/plan/plan-store";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveAnswersAction } from "../plan-actions";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function QuestionsPage() {
  const session = await requireSession();
  const plan = await loadPlan(database(), session);
  return (
    <>
      <h1>A few questions</h1>
      <p>
        Your answers shape which ideas your plan suggests. Skip any question you like, and change your answers at any
        time. Everything you write stays in your plan whatever you answer here.
      </p>
      <QuestionsForm action={saveAnswersAction} answers={plan.value.circumstances} version={plan.version} />
    </>
  );
}

export default pageOrUnavailable(QuestionsPage);
