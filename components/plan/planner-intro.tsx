import { useLocale, useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { GuidanceList } from "@/components/guidance/guidance-list";
import { guidanceFor } from "@/lib/content/guidance";
import { siteRoutes } from "@/lib/site/site-routes";

const planParts = ["people", "places", "work", "bag", "children", "phones", "feelings"] as const;

/** What "Make a plan" says to someone who is not signed in. */
export function PlannerIntro() {
  const t = useTranslations("plan.intro");
  const locale = useLocale();
  // Guidance pages written in the reader's language, else the English ones.
  const pages = guidanceFor("survivors", locale);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("what")}</p>
      <h2>{t("coversHeading")}</h2>
      <ul>
        {planParts.map((part) => (
          <li key={part}>
            {t.rich("partLine", {
              name: t(`parts.${part}.name`),
              detail: t(`parts.${part}.detail`),
              strong: (words) => <strong>{words}</strong>,
            })}
          </li>
        ))}
      </ul>
      <p>
        {t.rich("keeping", {
          signUp: (words) => <AppLink href={siteRoutes.signUp.href}>{words}</AppLink>,
          signIn: (words) => <AppLink href={siteRoutes.signIn.href}>{words}</AppLink>,
          help: (words) => <AppLink href={siteRoutes.getHelp.href}>{words}</AppLink>,
        })}
      </p>
      <p>{t("paper")}</p>
      <h2>{t("readingHeading")}</h2>
      <GuidanceList pages={pages.length > 0 ? pages : guidanceFor("survivors")} />
    </>
  );
}
