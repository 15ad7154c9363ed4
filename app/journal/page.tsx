import { AppLink } from "@/components/app-link/app-link";
import { ChangePlanForm } from "@/components/plan/change-plan-form";
import { ChangePlanIntro } from "@/components/plan/change-plan-intro";
import { ChangePlanLines } from "@/components/plan/change-plan-lines";
import { ChangePlanTools } from "@/components/plan/change-plan-tools";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { builtChangePlan } from "@/lib/content/strategy-library";
import { changePlanValueSchema } from "@/lib/plan/plan-schema";
import { changePlanOf } from "@/lib/plan-store/saved-plans";
import { changePlanRoutes } from "@/lib/site/site-routes";
import { saveChangePlanAction } from "./change-plan-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

/** A private change plan for someone who has used violence and wants to stop. */
async function ChangePlanPage({ session }: { session: SignedIn | null | "intro" }) {
  if (session === "intro") return <ChangePlanIntro />;
  // Signed out, this answers the form's own post: the boxes show what was sent, and offer to sign in and save.
  const plan = session ? await changePlanOf(session) : undefined;
  const value = plan?.value ?? changePlanValueSchema.parse({});
  return (
    <>
      <h1>Your change plan</h1>
      <p>
        A private plan for changing how you act: what matters to you, the signs that things are building, what you do
        instead, and who helps. Only you can open it. The ideas follow{" "}
        <AppLink href={changePlanRoutes.questions}>your answers</AppLink>; what you write is always kept.
      </p>
      {plan && plan.value.answers === undefined && (
        <p className="rounded-md border-l-4 border-link bg-calm p-4">
          <AppLink href={changePlanRoutes.questions} className="font-bold">
            Start with a few questions
          </AppLink>
          , so the plan can suggest ideas that fit your life. You can skip any of them.
        </p>
      )}
      {plan && <ChangePlanTools />}
      <ChangePlanLines province={value.answers?.province} />
      <ChangePlanForm
        action={saveChangePlanAction}
        sections={builtChangePlan(value).sections}
        value={plan?.value}
        version={plan?.version}
        signIn={signInToSaveSettings()}
      />
    </>
  );
}

export default guardedPage(ChangePlanPage, { session: "form-post-or-intro" });
