import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";
import { ChangePlanForm } from "@/components/plan/change-plan-form";
import { sessionOrFormPost } from "@/lib/auth/session-in-cookie-jar";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { strategies } from "@/lib/content/guidance";
import { database } from "@/lib/db/database";
import { buildPlan } from "@/lib/plan/build-plan";
import { changePlanTemplate } from "@/lib/plan/change-plan-template";
import { loadChangePlan } from "@/lib/plan/change-plan-store";
import { changePlanValueSchema } from "@/lib/plan/plan-schema";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveChangePlanAction } from "./change-plan-action";

export const metadata: Metadata = { title: siteRoutes.changePlan.title };

/** A private change plan for someone who has used violence and wants to stop. */
async function ChangePlanPage() {
  const session = await sessionOrFormPost();
  // Signed out, this answers the form's own post: the boxes show what was sent, and offer to sign in and save.
  const plan = session ? await loadChangePlan(database(), session) : undefined;
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
      <ChangePlanForm action={saveChangePlanAction} sections={built.sections} value={plan?.value} version={plan?.version} signIn={signInToSaveSettings()} />
    </>
  );
}

export default pageOrUnavailable(ChangePlanPage);
