type Props = {
  username: string;
  askForAnother: (form: FormData) => void;
  words: { offerHeading: string; offerAbout: string; another: string };
};

/** The username the site offers, and a way to get another. It works without JavaScript too. */
export function UsernameOfferPanel({ username, askForAnother, words }: Props) {
  return (
    <section aria-labelledby="username-heading" className="mb-6 rounded-md bg-calm p-4">
      <h2 id="username-heading" className="mt-0 text-lg">
        {words.offerHeading}
      </h2>
      <p aria-live="polite" className="my-2 font-mono text-xl font-bold break-all" data-offered-username="">
        {username}
      </p>
      <p className="text-sm">{words.offerAbout}</p>
      <form action={askForAnother}>
        <button type="submit" className="min-h-11 rounded-md border-2 border-ink px-4 py-1 font-bold">
          {words.another}
        </button>
      </form>
    </section>
  );
}
