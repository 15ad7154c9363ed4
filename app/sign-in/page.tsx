import { redirect } from "next/navigation";
import { SignInForm } from "@/components/account/sign-in-form";
import { AppLink } from "@/components/app-link/app-link";
import { signInSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { serverConfig } from "@/lib/config/server-config";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { siteRoutes } from "@/lib/site/site-routes";
import { signInAction } from "./sign-in-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("signIn");

async function SignInPage({ session }: { session: SignedIn | null }) {
  if (session) redirect(siteRoutes.account.href);
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm action={signInAction} maxLengths={maxLengthsOf(signInSchema)} />
      <ul className="mt-6">
        <li>
          Forgot your passphrase? <AppLink href={siteRoutes.recover.href}>Use your recovery code</AppLink>.
        </li>
        <li>
          New here? <AppLink href={siteRoutes.signUp.href}>Create a private account</AppLink>.
        </li>
      </ul>
      <p className="text-muted">
        You are signed out after {serverConfig().sessionIdleMinutes} minutes without activity, and when you use quick
        exit.
      </p>
    </>
  );
}

export default guardedPage(SignInPage, { session: "optional" });
