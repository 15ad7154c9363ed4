import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { serverConfig } from "../config/server-config";
import { database } from "../db/database";
import { signInSchema } from "./account-schemas";
import { browserFamilyOf } from "./browser-family";
import { verifySignIn } from "./accounts";
import { clientKeyFrom } from "./client-key";
import { thisBrowsersToken } from "./known-browser";
import { readGrant } from "./sign-in-grant";
import { ABSOLUTE_SESSION_SECONDS, beginSession } from "./sessions";
import { sessionCookie } from "./site-cookies";

declare module "next-auth" {
  interface User {
    sessionId?: string;
    sessionKey?: string;
  }
  interface Session {
    sessionId?: string;
    sessionKey?: string;
  }
}

/** Why a sign-in was refused: "wrong" (the same answer for an unknown username) or "wait:<seconds>". */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** The session cookie's name; `__Host-` only over https, where browsers accept it. */
export const sessionCookieName = (secureCookies: boolean) => (secureCookies ? "__Host-session" : "session");

/**
 * Auth.js keeps the session cookie (encrypted with AUTH_SECRET) holding only our session id and
 * the per-session key. Everything else, including whether the session still exists, is in the
 * database. No Auth.js routes are mounted: sign-in and sign-out run from our own server actions.
 */
export const { signIn } = NextAuth(() => {
  const config = serverConfig();
  const { options } = sessionCookie(config);
  return {
    secret: config.authSecret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: ABSOLUTE_SESSION_SECONDS },
    cookies: {
      sessionToken: sessionCookie(config),
      callbackUrl: { name: "callback", options },
      csrfToken: { name: "csrf", options },
    },
    providers: [
      Credentials({
        credentials: { username: {}, passphrase: {}, grant: {} },
        async authorize(credentials, request) {
          // A new account or a recovery has already started its session (lib/auth/sign-in-grant.ts).
          const granted = readGrant(credentials.grant);
          if (granted) return granted;
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) throw new SignInRefused("wrong");
          const db = database();
          const from = { clientKey: clientKeyFrom(request.headers), browserToken: await thisBrowsersToken() };
          const result = await verifySignIn(db, parsed.data.username, parsed.data.passphrase, from);
          if (!result.ok) throw new SignInRefused(result.reason === "wait" ? `wait:${result.seconds}` : "wrong");
          return {
            id: result.user.id,
            ...(await beginSession(
              db,
              result.user.id,
              result.dataKey,
              result.user.lastSignInAt,
              browserFamilyOf(request.headers.get("user-agent")),
            )),
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) return { sub: user.id, sessionId: user.sessionId, sessionKey: user.sessionKey };
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          sessionId: token.sessionId as string | undefined,
          sessionKey: token.sessionKey as string | undefined,
        };
      },
    },
    // Auth.js would log whole errors; a refused sign-in is routine and says nothing about who.
    logger: {
      error: (error) => {
        if (!(error instanceof CredentialsSignin)) console.error(`Auth error: ${error.name}`);
      },
      warn: () => undefined,
      debug: () => undefined,
    },
  };
});
