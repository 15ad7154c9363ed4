import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { DatabaseUnavailableNotice } from "@/components/errors/database-unavailable-notice";
import { isDatabaseUnavailable, logDatabaseUnavailable } from "../db/database-unavailable";
import { currentSession } from "./current-session";
import { requireSession } from "./require-session";
import { sessionFormPostOrIntro, sessionOrFormPost } from "./session-in-cookie-jar";
import type { SignedIn } from "./sessions";

/**
 * Who a page is for. "required": signed in, or off to the sign-in page. "optional": anyone; the page
 * draws something else when `session` is null. "form-post": a page that holds a form; signed out,
 * the answer to the form's own post is drawn with `session` null so nothing typed is lost.
 */
type SessionFor = {
  required: SignedIn;
  optional: SignedIn | null;
  "form-post": SignedIn | null;
  /** As "form-post", but a signed-out visit is "intro": the page says what it is before asking to sign in. */
  "form-post-or-intro": SignedIn | null | "intro";
};

const sessionOf: { [S in keyof SessionFor]: () => Promise<SessionFor[S]> } = {
  required: requireSession,
  optional: currentSession,
  "form-post": sessionOrFormPost,
  "form-post-or-intro": sessionFormPostOrIntro,
};

/**
 * A page that reads the database, drawn as the "try again" notice when the database cannot be
 * reached. Without this, Next answers with an empty error document (app/error.tsx only appears once
 * JavaScript runs) and logs the error with its stack and the database's address.
 */
export function pageOrUnavailable<Props>(page: (props: Props) => Promise<ReactNode>) {
  return async function PageOrUnavailable(props: Props): Promise<ReactNode> {
    try {
      return await page(props);
    } catch (error) {
      // Redirects and not-found are how Next itself leaves a page: let them through.
      unstable_rethrow(error);
      if (!isDatabaseUnavailable(error)) throw error;
      logDatabaseUnavailable("page");
      return <DatabaseUnavailableNotice />;
    }
  };
}

/**
 * The page counterpart of `guardedAction`: the session first, then the page, which is handed
 * `{ session, ...props }` and calls stores that find only that person's records; the database away
 * draws the "try again" notice.
 */
export function guardedPage<Props, S extends keyof SessionFor = "required">(
  page: (props: Props & { session: SessionFor[S] }) => Promise<ReactNode>,
  options?: { session: S },
) {
  const who = (options?.session ?? "required") as S;
  return pageOrUnavailable(async (props: Props) => page({ ...props, session: await sessionOf[who]() }));
}
