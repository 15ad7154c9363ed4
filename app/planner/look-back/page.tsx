import { AppLink } from "@/components/app-link/app-link";
import { ReflectionForm } from "@/components/plan/reflection-form";
import { ReflectionMoves } from "@/components/plan/reflection-moves";
import { TalkItOver } from "@/components/plan/talk-it-over";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { serverToday } from "@/lib/plan/calendar-day";
import { planOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveReflectionAction } from "./reflection-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

/** A few yes / no / not sure questions about the last few months; never a score, always skippable. */
async function LookBackPage({ session }: { session: SignedIn | null }) {
  const signIn = signInToSaveSettings();
  // Signed out, this answers the form's own post: the form shows what was chosen, and offers to sign in and save.
  const plan = session ? await planOf(session) : undefined;
  const reflection = plan?.value.reflection;
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>Looking back over the last few months</h1>
      <p>
        These questions are about what has happened in the last few months. They are not a test: your answers are never
        added up, and no number or label is put on you. Each “yes” brings ideas into your plan, each with the reason it
        is there, and after the questions you will find someone you could talk it over with.
      </p>
      <p>
        Skip any question, or choose “Not sure”: both are always fine. You can stop at any time, come back later, and
        change your answers when things change. Your answers are kept in your plan, locked like the rest of it.
      </p>
      <p>
        Some of these questions are about hard things. If reading them is too much right now, it is all right to stop
        here.
      </p>
      {reflection && <ReflectionMoves reflection={reflection} />}
      <ReflectionForm
        action={saveReflectionAction}
        answers={plan ? (reflection?.answers ?? {}) : undefined}
        version={plan?.version}
        today={serverToday()}
        signIn={signIn}
      />
      {plan && reflection && <TalkItOver answers={reflection.answers} circumstances={plan.value.circumstances} />}
    </>
  );
}

export default guardedPage(LookBackPage, { session: "form-post" });
