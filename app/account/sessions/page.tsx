import { TimeZoneNote } from "@/components/time-zone/time-zone-note";
import { accountStore } from "@/lib/auth/account-store";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { currentDisplay } from "@/lib/settings/current-display";
import { describeTimeIn } from "@/lib/site/describe-time";
import { rememberTimeZoneAction } from "../display/time-zone-actions";
import { endEverywhereAction, endOneSessionAction } from "./session-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("sessions");

async function SessionsPage({ session }: { session: SignedIn }) {
  const [sessions, display] = await Promise.all([accountStore.listSessions(session), currentDisplay()]);
  const zone = display.timeZone?.name;
  return (
    <>
      <h1>Where you are signed in</h1>
      <p>
        Each entry is a browser signed in to your account, with the kind of browser and system it signed in from and
        when it was used, about to the minute. The list never shows where a browser was used from or its internet
        address. If you see one you do not recognise, sign it out and change your passphrase.
      </p>
      <TimeZoneNote timeZone={display.timeZone} remember={rememberTimeZoneAction} />
      <ul className="list-none pl-0">
        {sessions.map((entry, index) => {
          const here = entry.id === session.sessionRowId;
          const headingId = `session-${index}`;
          return (
            <li key={entry.id} className="mb-4 rounded-md border border-gray-300 p-4" data-session="">
              <p id={headingId} className="mb-1 font-bold" data-session-name="">
                {here ? "This browser" : (entry.browser ?? "Another browser")}
              </p>
              <p className="mb-2 text-muted">
                {here && entry.browser ? `${entry.browser}. ` : ""}
                Signed in {describeTimeIn(entry.createdAt, zone)}. Last active {describeTimeIn(entry.lastSeenAt, zone)}.
              </p>
              {!here && (
                <form action={endOneSessionAction}>
                  <input type="hidden" name="sessionId" value={entry.id} />
                  <button
                    type="submit"
                    aria-describedby={headingId}
                    className="min-h-11 rounded-md border-2 border-ink px-4 py-1 font-bold"
                  >
                    Sign out this browser
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      <form action={endEverywhereAction}>
        <button type="submit" className="min-h-11 rounded-md bg-exit px-5 py-2 font-bold text-white">
          Sign out everywhere
        </button>
      </form>
    </>
  );
}

export default guardedPage(SessionsPage);
