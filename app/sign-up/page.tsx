import { redirect } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/account/sign-up-form";
import { AppLink } from "@/components/app-link/app-link";
import { signUpSchema } from "@/lib/auth/account-schemas";
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
  const [t, { account }] = await Promise.all([getTranslations("account"), getMessages()]);
  return (
    <>
      <h1>{t("signUp.heading")}</h1>
      <p>{t("signUp.intro")}</p>
      <SignUpForm
        action={signUpAction}
        anotherAction={anotherUsernameAction}
        offer={await accountStore.offerUsername()}
        passphraseHint={t("passphraseHint")}
        maxLengths={maxLengthsOf(signUpSchema)}
        words={{ signUp: account.signUp, planKind: account.planKind, recoveryNotice: account.recoveryNotice }}
      />
      <p className="mt-6">
        {t("signUp.alreadyHave")} <AppLink href={siteRoutes.signIn.href}>{t("signUp.signIn")}</AppLink>.
      </p>
    </>
  );
}

export default guardedPage(SignUpPage, { session: "optional" });
