import { messageBlock } from "@/i18n/message-block";
import { RecoverForm } from "@/components/account/recover-form";
import { PASSPHRASE_HINT, recoverSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { recoverAction } from "./recover-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("recover");

export default async function RecoverPage() {
  const words = (await messageBlock("account")).recover;
  return (
    <>
      <h1>{words.heading}</h1>
      <p>{words.intro}</p>
      <RecoverForm
        action={recoverAction}
        passphraseHint={PASSPHRASE_HINT}
        maxLengths={maxLengthsOf(recoverSchema)}
        words={words}
      />
    </>
  );
}
