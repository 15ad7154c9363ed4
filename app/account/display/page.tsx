import { DisplaySettingsForm } from "@/components/account/display-settings-form";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { AppLink } from "@/components/app-link/app-link";
import { serverConfig } from "@/lib/config/server-config";
import { FOLLOW_BROWSER, OWN_SITE, siteChoiceOf } from "@/lib/settings/neutral-sites";
import { displaySettingsStore } from "@/lib/settings/settings-store";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveDisplaySettingsAction } from "./display-settings-action";
import { saveTimeZoneAction } from "./time-zone-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("displaySettings");

async function DisplaySettingsPage({ session }: { session: SignedIn }) {
  const settings = await displaySettingsStore.load(session);
  const { siteName } = serverConfig();
  const exitSite = siteChoiceOf(settings.exitUrl);
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.account.href}>Back to your account</AppLink>
      </p>
      <h1>{siteRoutes.displaySettings.navLabel}</h1>
      <p>
        You can choose what the browser tab says, and which site quick exit opens. Your choices are saved locked, like
        your plan.
      </p>
      <ul>
        <li>
          They apply while you are signed in, in any browser where you sign in. With a title of your own, every
          page&apos;s tab shows just that title.
        </li>
        <li>
          When you are signed out, pages show the site&apos;s usual name, “{siteName}”, and quick exit opens the
          site&apos;s usual choice. That includes the sign-in page, and every page after quick exit or signing out.
        </li>
        <li>
          Your browser history keeps the title each page had when you opened it, and the site&apos;s address stays in
          the history too.
        </li>
      </ul>
      <DisplaySettingsForm
        action={saveDisplaySettingsAction}
        siteName={siteName}
        saved={{
          tabTitle: settings.tabTitle ?? "",
          exitSite,
          ownAddress: exitSite === OWN_SITE ? (settings.exitUrl ?? "") : "",
        }}
      />
      <h2 className="mt-8">Time zone</h2>
      <p>
        Times are shown in the zone you choose here. Without one, the site shows times in UTC and says so. The zone is
        kept locked, like your plan.
      </p>
      <TimeZoneForm
        action={saveTimeZoneAction}
        zones={timeZones()}
        saved={settings.timeZone?.chosen ? settings.timeZone.name : FOLLOW_BROWSER}
      />
    </>
  );
}

/** Every zone this server can show times in, UTC among them. */
const timeZones = () => ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];

export default guardedPage(DisplaySettingsPage);
