import { getTranslations } from "next-intl/server";
import { messageBlock } from "@/i18n/message-block";
import { RecoverForm, type RecoverWords } from "@/components/account/recover-form";
import { recoverSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { recoverAction } from "./recover-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("recover");

export default async function RecoverPage() {
  const t = await getTranslations("account");
  const account = await messageBlock("account");
  const words: RecoverWords = account.recover;
  return (
    <>
      <h1>{words.heading}</h1>
      <p>{words.intro}</p>
      <RecoverForm
        action={recoverAction}
        passphraseHint={t("passphraseHint")}
        maxLengths={maxLengthsOf(recoverSchema)}
        words={words}
        noticeWords={account.recoveryNotice}
      />
    </>
  );
}
