import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import type { TimeZoneSetting } from "@/lib/settings/display-settings";
import { isUtcZone } from "@/lib/site/describe-time";
import { siteRoutes } from "@/lib/site/site-routes";
import { timeZoneNameIn } from "@/lib/site/time-zone-names";
import { BrowserTimeZone } from "./browser-time-zone";

type Props = { timeZone?: TimeZoneSetting; remember: (timeZone: string) => Promise<boolean> };

/** Says which zone the page's times are in (UTC when none is known) and where to change it, in the reader's language. */
export async function TimeZoneNote({ timeZone, remember }: Props) {
  const [t, locale] = await Promise.all([getTranslations("account.timeZoneNote"), getLocale()]);
  const utc = !timeZone || isUtcZone(timeZone.name);
  return (
    <p className="text-sm text-muted" data-time-zone="">
      {!timeZone ? t("unknown") : utc ? t("utc") : t("zone", { zone: timeZoneNameIn(timeZone.name, locale) })}{" "}
      <AppLink href={siteRoutes.displaySettings.href}>{timeZone ? t("change") : t("choose")}</AppLink>
      {!timeZone?.chosen && <BrowserTimeZone known={timeZone?.name} remember={remember} />}
    </p>
  );
}
