import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { ChangePlanForm } from "@/components/plan/change-plan-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { strategies } from "@/lib/content/guidance";
import { buildPlan } from "@/lib/plan/build-plan";
import { changePlanTemplate } from "@/lib/plan/change-plan-template";
import { changePlanValueSchema } from "@/lib/plan/plan-schema";
import { changePlanOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveChangePlanAction } from "./change-plan-action";

export const metadata: Metadata = { title: siteRoutes.changePlan.title };

/** A private change plan for someone who has used violence and wants to stop. */
async function ChangePlanPage({ session }: { session: SignedIn | null }) {
  // Signed out, this answers the form's own post: the boxes show what was sent, and offer to sign in and save.
  const plan = session ? await changePlanOf(session) : undefined;
  const built = buildPlan(changePlanTemplate, {}, plan?.value ?? changePlanValueSchema.parse({}), strategies());
  return (
    <>
      <h1>Your change plan</h1>
      <p>
        A private plan for changing how you act: what matters to you, the signs that things are building, what you do
        instead, and who helps. Only you can open it. If someone is in danger right now, call 911.
      </p>
      <p className="text-sm text-muted">
        Reading that may help: <AppLink href={siteRoutes.getHelp.href}>people you can call</AppLink>.
      </p>
      <ChangePlanForm
        action={saveChangePlanAction}
        sections={built.sections}
        value={plan?.value}
        version={plan?.version}
        signIn={signInToSaveSettings()}
      />
    </>
  );
}

export default guardedPage(ChangePlanPage, { session: "form-post" });
