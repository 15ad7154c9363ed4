import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { DisplaySettingsForm } from "@/components/account/display-settings-form";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { AppLink } from "@/components/app-link/app-link";
import { serverConfig } from "@/lib/config/server-config";
import { FOLLOW_BROWSER, OWN_SITE, siteChoiceOf } from "@/lib/settings/neutral-sites";
import { displaySettingsStore } from "@/lib/settings/settings-store";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { siteRoutes } from "@/lib/site/site-routes";
import { timeZoneNameIn } from "@/lib/site/time-zone-names";
import { saveDisplaySettingsAction } from "./display-settings-action";
import { saveTimeZoneAction } from "./time-zone-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("displaySettings");

async function DisplaySettingsPage({ session }: { session: SignedIn }) {
  const settings = await displaySettingsStore.load(session);
  const { siteName } = serverConfig();
  const exitSite = siteChoiceOf(settings.exitUrl);
  const [t, routes, { account }, locale] = await Promise.all([
    getTranslations("account"),
    getTranslations("routes"),
    getMessages(),
    getLocale(),
  ]);
  const words = account.displayPage;
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.account.href}>{t("back")}</AppLink>
      </p>
      <h1>{routes("displaySettings")}</h1>
      <p>{t("displayPage.intro")}</p>
      <ul>
        <li>{t("displayPage.appliesSignedIn")}</li>
        <li>{t("displayPage.appliesSignedOut", { siteName })}</li>
        <li>{t("displayPage.history")}</li>
      </ul>
      <DisplaySettingsForm
        action={saveDisplaySettingsAction}
        siteName={siteName}
        words={words}
        saved={{
          tabTitle: settings.tabTitle ?? "",
          exitSite,
          ownAddress: exitSite === OWN_SITE ? (settings.exitUrl ?? "") : "",
        }}
      />
      <h2 className="mt-8">{t("displayPage.timeZoneHeading")}</h2>
      <p>{t("displayPage.timeZoneIntro")}</p>
      <TimeZoneForm
        action={saveTimeZoneAction}
        zones={timeZones().map((zone) => ({ zone, name: timeZoneNameIn(zone, locale) }))}
        words={words}
        saved={settings.timeZone?.chosen ? settings.timeZone.name : FOLLOW_BROWSER}
      />
    </>
  );
}

/** Every zone this server can show times in, UTC among them. */
const timeZones = () => ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];

export default guardedPage(DisplaySettingsPage);
