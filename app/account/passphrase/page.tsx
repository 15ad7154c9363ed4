import { ChangePassphraseForm } from "@/components/account/change-passphrase-form";
import { changePassphraseSchema, PASSPHRASE_HINT } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { changePassphraseAction } from "./change-passphrase-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePassphrase");

async function ChangePassphrasePage(_props: { session: SignedIn }) {
  return (
    <>
      <h1>Change your passphrase</h1>
      <p>Your saved plan stays as it is. Your recovery code keeps working.</p>
      <ChangePassphraseForm
        action={changePassphraseAction}
        passphraseHint={PASSPHRASE_HINT}
        maxLengths={maxLengthsOf(changePassphraseSchema)}
      />
    </>
  );
}

export default guardedPage(ChangePassphrasePage);
