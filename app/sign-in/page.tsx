import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("account.signIn");
  return (
    <>
      <h1>{t("heading")}</h1>
      <SignInForm
        action={signInAction}
        maxLengths={maxLengthsOf(signInSchema)}
        words={{ username: t("username"), passphrase: t("passphrase"), button: t("button") }}
      />
      <ul className="mt-6">
        <li>
          {t("forgot")} <AppLink href={siteRoutes.recover.href}>{t("useRecovery")}</AppLink>.
        </li>
        <li>
          {t("newHere")} <AppLink href={siteRoutes.signUp.href}>{t("createAccount")}</AppLink>.
        </li>
      </ul>
      <p className="text-muted">{t("idle", { minutes: serverConfig().sessionIdleMinutes })}</p>
    </>
  );
}

export default guardedPage(SignInPage, { session: "optional" });
