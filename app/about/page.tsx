import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppLink } from "@/components/app-link/app-link";
import { pageTitle } from "@/lib/site/page-title";
import { siteRoutes } from "@/lib/site/site-routes";

export const generateMetadata = pageTitle("aboutQuickExit");

const tags = {
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
  kbd: (chunks: ReactNode) => <kbd>{chunks}</kbd>,
  link: (chunks: ReactNode) => <AppLink href={siteRoutes.displaySettings.href}>{chunks}</AppLink>,
};

// The "without JavaScript" lines, and the note under the quick exit button, are held to what the browser
// really does by components/quick-exit/quick-exit-back-without-javascript.spec.ts: change one, change both.
export default async function AboutQuickExitPage() {
  const t = await getTranslations("pages.about");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>

      <h2>{t("waysHeading")}</h2>
      <ul>
        <li>{t.rich("wayButton", tags)}</li>
        <li>{t.rich("wayShift", tags)}</li>
        <li>{t.rich("wayTab", tags)}</li>
      </ul>

      <h2>{t("whatHeading")}</h2>
      <p>{t("whatIntro")}</p>
      <ul>
        <li>{t("blank")}</li>
        <li>{t("signedOut")}</li>
        <li>{t.rich("neutral", tags)}</li>
        <li>{t.rich("back", tags)}</li>
      </ul>

      <h2>{t("offHeading")}</h2>
      <p>{t("offIntro")}</p>
      <ul>
        <li>{t("offStays")}</li>
        <li>{t("offSignedOut")}</li>
        <li data-without-javascript="back">{t("offBack")}</li>
        <li data-without-javascript="plan">{t("offPlan")}</li>
      </ul>
      <p>{t("offKeep")}</p>

      <h2>{t("cannotHeading")}</h2>
      <ul>
        <li>{t("cannotHistory")}</li>
        <li>{t("cannotTabs")}</li>
        <li>{t("cannotUndo")}</li>
      </ul>
    </>
  );
}
