import { getLocale, getTranslations } from "next-intl/server";
import { TimeZoneNote } from "@/components/time-zone/time-zone-note";
import { accountStore } from "@/lib/auth/account-store";
import { browserParts } from "@/lib/auth/browser-family";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { currentDisplay } from "@/lib/settings/current-display";
import { describeTimeIn } from "@/lib/site/describe-time";
import { rememberTimeZoneAction } from "../display/time-zone-actions";
import { endEverywhereAction, endOneSessionAction } from "./session-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("sessions");

async function SessionsPage({ session }: { session: SignedIn }) {
  const [sessions, display, locale, t] = await Promise.all([
    accountStore.listSessions(session),
    currentDisplay(),
    getLocale(),
    getTranslations("account.sessionsPage"),
  ]);
  const zone = display.timeZone?.name;
  const sayBrowser = (family: string) => {
    const { browser, system } = browserParts(family);
    return system ? t("browserOn", { browser, system }) : browser;
  };
  const now = new Date();
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <TimeZoneNote timeZone={display.timeZone} remember={rememberTimeZoneAction} />
      <ul className="list-none pl-0">
        {sessions.map((entry, index) => {
          const here = entry.id === session.sessionRowId;
          const headingId = `session-${index}`;
          return (
            <li key={entry.id} className="mb-4 rounded-md border border-gray-300 p-4" data-session="">
              <p id={headingId} className="mb-1 font-bold" data-session-name="">
                {here ? t("thisBrowser") : entry.browser ? sayBrowser(entry.browser) : t("anotherBrowser")}
              </p>
              <p className="mb-2 text-muted">
                {here && entry.browser ? `${sayBrowser(entry.browser)}. ` : ""}
                {t("times", {
                  started: describeTimeIn(entry.createdAt, zone, now, locale),
                  lastSeen: describeTimeIn(entry.lastSeenAt, zone, now, locale),
                })}
              </p>
              {!here && (
                <form action={endOneSessionAction}>
                  <input type="hidden" name="sessionId" value={entry.id} />
                  <button
                    type="submit"
                    aria-describedby={headingId}
                    className="min-h-11 rounded-md border-2 border-ink px-4 py-1 font-bold"
                  >
                    {t("signOutOne")}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      <form action={endEverywhereAction}>
        <button type="submit" className="min-h-11 rounded-md bg-exit px-5 py-2 font-bold text-white">
          {t("signOutEverywhere")}
        </button>
      </form>
    </>
  );
}

export default guardedPage(SessionsPage);
