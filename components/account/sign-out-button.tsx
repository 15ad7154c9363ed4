import { SIGN_OUT_ROUTE } from "@/lib/site/site-routes";

/** A plain form, so signing out works without JavaScript and can clear the browser's copy of the site. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form method="post" action={SIGN_OUT_ROUTE}>
      <button type="submit" className="min-h-11 rounded-md border-2 border-ink px-5 py-2 font-bold">
        {label}
      </button>
    </form>
  );
}
