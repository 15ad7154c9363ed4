import type { Metadata } from "next";
import { ChangePassphraseForm } from "@/components/account/change-passphrase-form";
import { changePassphraseSchema, PASSPHRASE_HINT } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { requireSession } from "@/lib/auth/require-session";
import { siteRoutes } from "@/lib/site/site-routes";
import { changePassphraseAction } from "./change-passphrase-action";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.changePassphrase.title };

async function ChangePassphrasePage() {
  await requireSession();
  return (
    <>
      <h1>Change your passphrase</h1>
      <p>Your saved plan stays as it is. Your recovery code keeps working.</p>
      <ChangePassphraseForm action={changePassphraseAction} passphraseHint={PASSPHRASE_HINT} maxLengths={maxLengthsOf(changePassphraseSchema)} />
    </>
  );
}

export default pageOrUnavailable(ChangePassphrasePage);
