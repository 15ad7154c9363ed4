import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { ChangeQuestionsForm } from "@/components/plan/change-questions-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { changeQuestionWordsFor, questionWordsFor } from "@/lib/content/plan-words-for";
import { changeQuestionsIn } from "@/lib/plan/change-questions";
import { changePlanOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveChangeAnswersAction } from "../change-answers-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

async function ChangeQuestionsPage({ session }: { session: SignedIn | null }) {
  const [locale, t, form] = await Promise.all([
    getLocale(),
    getTranslations("changePlan.questionsPage"),
    getTranslations("plan.questions"),
  ]);
  // Signed out, this answers the form's own post: the form shows what was chosen, and offers to sign in and save.
  const plan = session ? await changePlanOf(session) : undefined;
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>{t("back")}</AppLink>
      </p>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <ChangeQuestionsForm
        action={saveChangeAnswersAction}
        answers={plan ? (plan.value.answers ?? {}) : undefined}
        version={plan?.version}
        signIn={await signInToSaveSettings()}
        questions={changeQuestionsIn(changeQuestionWordsFor(locale), questionWordsFor(locale))}
        words={{
          whyWeAsk: form.raw("whyWeAsk") as string,
          skip: form("skip"),
          yes: form("yes"),
          no: form("no"),
          save: form("save"),
        }}
      />
    </>
  );
}

export default guardedPage(ChangeQuestionsPage, { session: "form-post" });
