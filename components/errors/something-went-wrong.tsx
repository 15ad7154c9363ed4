import { AppLink } from "@/components/app-link/app-link";

/**
 * What a person sees when the server could not do what they asked. It never says what went wrong
 * inside: that could hold personal data or the database's address.
 */
export function SomethingWentWrong({ tryAgain }: { tryAgain?: React.ReactNode }) {
  return (
    <>
      <h1>Something went wrong on our side</h1>
      <p>Nothing you saved before this has been lost. Please try again in a moment.</p>
      {tryAgain}
    </>
  );
}

/** The same message, drawn on the server, for when the database cannot be reached. */
export function DatabaseUnavailableNotice() {
  return (
    <SomethingWentWrong
      tryAgain={
        <p>
          Reload this page to try again, or <AppLink href="/">go to the home page</AppLink>. Quick exit still works.
        </p>
      }
    />
  );
}
