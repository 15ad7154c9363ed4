import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { deleteAccountSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { deleteAccountAction } from "./delete-account-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("deleteAccount");

async function DeleteAccountPage(_props: { session: SignedIn }) {
  const [t, routes] = await Promise.all([getTranslations("account.deletePage"), getTranslations("routes")]);
  return (
    <>
      <h1>{routes("deleteAccount")}</h1>
      <p>{t("intro")}</p>
      <p>{t("print")}</p>
      <DeleteAccountForm
        action={deleteAccountAction}
        maxLengths={maxLengthsOf(deleteAccountSchema)}
        words={{ passphrase: t("passphrase"), hint: t("hint"), button: t("button") }}
      />
    </>
  );
}

export default guardedPage(DeleteAccountPage);
