import type { Metadata } from "next";
import { accountStore } from "@/lib/auth/account-store";
import { describeTime } from "@/lib/site/describe-time";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { siteRoutes } from "@/lib/site/site-routes";
import { endEverywhereAction, endOneSessionAction } from "./session-actions";

export const metadata: Metadata = { title: siteRoutes.sessions.title };

async function SessionsPage({ session }: { session: SignedIn }) {
  const sessions = await accountStore.listSessions(session.userId);
  return (
    <>
      <h1>Where you are signed in</h1>
      <p>
        Each entry is a browser signed in to your account. If you see one you do not recognise, sign it out and change
        your passphrase.
      </p>
      <ul className="list-none pl-0">
        {sessions.map((entry) => (
          <li key={entry.id} className="mb-4 rounded-md border border-gray-300 p-4" data-session="">
            <p className="mb-1 font-bold">{entry.id === session.sessionRowId ? "This browser" : "Another browser"}</p>
            <p className="mb-2 text-muted">
              Signed in {describeTime(entry.createdAt)}. Last active {describeTime(entry.lastSeenAt)}.
            </p>
            {entry.id !== session.sessionRowId && (
              <form action={endOneSessionAction}>
                <input type="hidden" name="sessionId" value={entry.id} />
                <button type="submit" className="min-h-11 rounded-md border-2 border-ink px-4 py-1 font-bold">
                  Sign out this browser
                </button>
              </form>
            )}
          </li>
        ))}
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
