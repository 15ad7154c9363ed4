type Props = { username: string; askForAnother: (form: FormData) => void };

/** The username the site offers, and a way to get another. It works without JavaScript too. */
export function UsernameOfferPanel({ username, askForAnother }: Props) {
  return (
    <section aria-labelledby="username-heading" className="mb-6 rounded-md bg-calm p-4">
      <h2 id="username-heading" className="mt-0 text-lg">
        Your username
      </h2>
      <p aria-live="polite" className="my-2 font-mono text-xl font-bold break-all" data-offered-username="">
        {username}
      </p>
      <p className="text-sm">
        We picked it at random, so it is hard to guess and says nothing about you. Sign-up never shows whether a name
        already has an account. You need it to sign in: write it down, and keep it with the recovery code you will get
        next. Capitals do not matter, and spaces work in place of the dashes.
      </p>
      <form action={askForAnother}>
        <button type="submit" className="min-h-11 rounded-md border-2 border-ink px-4 py-1 font-bold">
          Give me another username
        </button>
      </form>
    </section>
  );
}
