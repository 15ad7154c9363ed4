import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/account/sign-up-form";
import { AppLink } from "@/components/app-link/app-link";
import { PASSPHRASE_HINT, signUpSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { accountStore } from "@/lib/auth/account-store";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { siteRoutes } from "@/lib/site/site-routes";
import { anotherUsernameAction, signUpAction } from "./sign-up-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("signUp");

async function SignUpPage({ session }: { session: SignedIn | null }) {
  if (session) redirect(siteRoutes.account.href);
  return (
    <>
      <h1>Create a private account</h1>
      <p>
        An account keeps your plan so you can come back to it. We never ask for your name, email or phone number. What
        you save is locked with your passphrase: nobody else can read it, including the people who run this site.
      </p>
      <SignUpForm
        action={signUpAction}
        anotherAction={anotherUsernameAction}
        offer={await accountStore.offerUsername()}
        passphraseHint={PASSPHRASE_HINT}
        maxLengths={maxLengthsOf(signUpSchema)}
      />
      <p className="mt-6">
        Already have an account? <AppLink href={siteRoutes.signIn.href}>Sign in</AppLink>.
      </p>
    </>
  );
}

export default guardedPage(SignUpPage, { session: "optional" });
