import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { deleteAccountSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { deleteAccountAction } from "./delete-account-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("deleteAccount");

async function DeleteAccountPage(_props: { session: SignedIn }) {
  return (
    <>
      <h1>Delete your account</h1>
      <p>
        This removes your account, your plan and everything you saved, straight away. It cannot be undone: not by you,
        not by us. Old backups of the database hold only locked copies, which open with nothing but your passphrase or
        recovery code.
      </p>
      <p>If you might want your plan later, you could print it first.</p>
      <DeleteAccountForm action={deleteAccountAction} maxLengths={maxLengthsOf(deleteAccountSchema)} />
    </>
  );
}

export default guardedPage(DeleteAccountPage);
