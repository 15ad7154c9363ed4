import { useLocale, useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { GuidanceList } from "@/components/guidance/guidance-list";
import { guidanceFor } from "@/lib/content/guidance";
import { planWordsFor } from "@/lib/content/plan-words-for";
import { changePlanSectionsIn } from "@/lib/plan/change-plan-template";
import { changeQuestions } from "@/lib/plan/change-questions";
import { siteRoutes } from "@/lib/site/site-routes";
import { ChangePlanLines } from "./change-plan-lines";

/** What the change plan is, said to someone who is not signed in, before asking them to sign in. */
export function ChangePlanIntro() {
  const t = useTranslations("changePlan.intro");
  const tChoice = useTranslations("account.planKind");
  const locale = useLocale();
  const pages = guidanceFor("people-who-used-violence", locale);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("what")}</p>
      <h2>{t("coversHeading")}</h2>
      <ul>
        {changePlanSectionsIn(planWordsFor(locale)).map((section) => (
          <li key={section.id}>
            {t.rich("coversLine", {
              title: section.title,
              intro: section.intro,
              strong: (words) => <strong>{words}</strong>,
            })}
          </li>
        ))}
      </ul>
      <p>{t("questions", { count: changeQuestions.length })}</p>
      <p>{t("notInstead")}</p>
      <h2>{t("keepingHeading")}</h2>
      <p>
        {t.rich("keeping", {
          // The sign-up page's own words for this choice, so the reader finds the same words there.
          choice: tChoice("change"),
          signUp: (words) => <AppLink href={siteRoutes.signUp.href}>{words}</AppLink>,
          signIn: (words) => <AppLink href={siteRoutes.signIn.href}>{words}</AppLink>,
        })}
      </p>
      <ChangePlanLines />
      <h2>{t("readingHeading")}</h2>
      <GuidanceList pages={pages.length > 0 ? pages : guidanceFor("people-who-used-violence")} />
    </>
  );
}
