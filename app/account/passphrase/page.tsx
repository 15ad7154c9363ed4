import { getTranslations } from "next-intl/server";
import { ChangePassphraseForm } from "@/components/account/change-passphrase-form";
import { changePassphraseSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { changePassphraseAction } from "./change-passphrase-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePassphrase");

async function ChangePassphrasePage(_props: { session: SignedIn }) {
  const [t, routes] = await Promise.all([getTranslations("account"), getTranslations("routes")]);
  return (
    <>
      <h1>{routes("changePassphrase")}</h1>
      <p>{t("passphrasePage.intro")}</p>
      <ChangePassphraseForm
        action={changePassphraseAction}
        passphraseHint={t("passphraseHint")}
        words={{
          changed: t("passphrasePage.changed"),
          back: t("back"),
          current: t("passphrasePage.current"),
          newPassphrase: t("passphrasePage.newPassphrase"),
          newPassphraseAgain: t("passphrasePage.newPassphraseAgain"),
          button: t("passphrasePage.button"),
        }}
        maxLengths={maxLengthsOf(changePassphraseSchema)}
      />
    </>
  );
}

export default guardedPage(ChangePassphrasePage);
