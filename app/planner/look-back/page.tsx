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
import { getLocale, getTranslations } from "next-intl/server";
import { lookBackWordsFor } from "@/lib/content/plan-words-for";
import { riskAnswerChoicesIn, riskQuestionsIn } from "@/lib/plan/risk-questions";

export const generateMetadata = pageTitle("makeAPlan");

/** A few yes / no / not sure questions about the last few months; never a score, always skippable. */
async function LookBackPage({ session }: { session: SignedIn | null }) {
  const signIn = await signInToSaveSettings();
  const t = await getTranslations("lookBack");
  const words = lookBackWordsFor(await getLocale());
  // Signed out, this answers the form's own post: the form shows what was chosen, and offers to sign in and save.
  const plan = session ? await planOf(session) : undefined;
  const reflection = plan?.value.reflection;
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("page.back")}</AppLink>
      </p>
      <h1>{t("page.heading")}</h1>
      <p>{t("page.intro")}</p>
      <p>{t("page.skip")}</p>
      <p>{t("page.hard")}</p>
      {reflection && <ReflectionMoves reflection={reflection} />}
      <ReflectionForm
        action={saveReflectionAction}
        answers={plan ? (reflection?.answers ?? {}) : undefined}
        version={plan?.version}
        today={serverToday()}
        signIn={signIn}
        words={{
          questions: riskQuestionsIn(words),
          field: {
            choices: riskAnswerChoicesIn(words),
            skip: t("form.skip"),
            whyWeAsk: t.raw("form.whyWeAsk") as string,
            from: t.raw("form.from") as string,
          },
          savedExcept: t("form.savedExcept"),
          save: t("form.save"),
        }}
      />
      {plan && reflection && <TalkItOver answers={reflection.answers} circumstances={plan.value.circumstances} />}
    </>
  );
}

export default guardedPage(LookBackPage, { session: "form-post" });
