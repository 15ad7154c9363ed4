import "server-only";
import { redirect } from "next/navigation";
import { siteRoutes } from "../site/site-routes";
import { currentSession } from "./current-session";
import type { SignedIn } from "./sessions";

/** For pages that show personal data: the signed-in person, or off to the sign-in page. */
export async function requireSession(): Promise<SignedIn> {
  const session = await currentSession();
  if (!session) redirect(siteRoutes.signIn.href);
  return session;
}
