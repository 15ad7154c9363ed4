import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { ChangePlanForm } from "@/components/plan/change-plan-form";
import { ChangePlanIntro } from "@/components/plan/change-plan-intro";
import { ChangePlanLines } from "@/components/plan/change-plan-lines";
import { ShareLinks } from "@/components/helper-brief/share-links";
import { ChangePlanTools } from "@/components/plan/change-plan-tools";
import { changePlanFormWords } from "@/components/plan/form-words";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { builtChangePlan } from "@/lib/content/strategy-library";
import { changePlanValueSchema } from "@/lib/plan/plan-schema";
import { changePlanOf } from "@/lib/plan-store/saved-plans";
import { briefsRoutes, changePlanRoutes } from "@/lib/site/site-routes";
import { saveChangePlanAction } from "./change-plan-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

/** A private change plan for someone who has used violence and wants to stop. */
async function ChangePlanPage({ session }: { session: SignedIn | null | "intro" }) {
  if (session === "intro") return <ChangePlanIntro />;
  // Signed out, this answers the form's own post: the boxes show what was sent, and offer to sign in and save.
  const plan = session ? await changePlanOf(session) : undefined;
  const value = plan?.value ?? changePlanValueSchema.parse({});
  const [locale, t, words] = await Promise.all([
    getLocale(),
    getTranslations("changePlan.page"),
    changePlanFormWords(),
  ]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t.rich("intro", { answers: (text) => <AppLink href={changePlanRoutes.questions}>{text}</AppLink> })}</p>
      {plan && plan.value.answers === undefined && (
        <p className="rounded-md border-l-4 border-link bg-calm p-4">
          <AppLink href={changePlanRoutes.questions} className="font-bold">
            {t("startLink")}
          </AppLink>
          {t("startRest")}
        </p>
      )}
      {plan && <ChangePlanTools />}
      <ChangePlanLines province={value.answers?.province} />
      <ChangePlanForm
        action={saveChangePlanAction}
        sections={builtChangePlan(value, locale).sections}
        value={plan?.value}
        version={plan?.version}
        signIn={await signInToSaveSettings()}
        words={words}
      />
      {plan && (
        <ShareLinks
          people={(plan.value.items.supporters ?? []).map((line, index) => ({
            name: line,
            href: briefsRoutes.forSupporter(index),
          }))}
        />
      )}
    </>
  );
}

export default guardedPage(ChangePlanPage, { session: "form-post-or-intro" });
