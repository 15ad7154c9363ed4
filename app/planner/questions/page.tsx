import { getLocale, getTranslations } from "next-intl/server";
import { QuestionsForm } from "@/components/plan/questions-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { planWordsFor, questionWordsFor } from "@/lib/content/plan-words-for";
import { questionsIn } from "@/lib/plan/questions";
import { planOf } from "@/lib/plan-store/saved-plans";
import { saveAnswersAction } from "../plan-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

async function QuestionsPage({ session }: { session: SignedIn | null }) {
  const signIn = await signInToSaveSettings();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("plan.questions")]);
  // Signed out, this answers the form's own post: the form shows what was chosen, and offers to sign in and save.
  const plan = session ? await planOf(session) : undefined;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <QuestionsForm
        action={saveAnswersAction}
        answers={plan?.value.circumstances}
        version={plan?.version}
        signIn={signIn}
        questions={questionsIn(questionWordsFor(locale), planWordsFor(locale))}
        words={{ whyWeAsk: t.raw("whyWeAsk") as string, skip: t("skip"), yes: t("yes"), no: t("no"), save: t("save") }}
      />
    </>
  );
}

export default guardedPage(QuestionsPage, { session: "form-post" });
