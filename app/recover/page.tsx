import { RecoverForm } from "@/components/account/recover-form";
import { PASSPHRASE_HINT, recoverSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { recoverAction } from "./recover-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("recover");

export default function RecoverPage() {
  return (
    <>
      <h1>Use your recovery code</h1>
      <p>
        Your recovery code opens your account if you forget your passphrase. You will choose a new passphrase and get a
        new code. Every browser signed in to the account will be signed out.
      </p>
      <RecoverForm action={recoverAction} passphraseHint={PASSPHRASE_HINT} maxLengths={maxLengthsOf(recoverSchema)} />
    </>
  );
}
