import { siteRoutes } from "@/lib/site/site-routes";

type Props = {
  code: string;
  username?: string;
  problem?: string;
  /** Where "Continue" leads once signed in: a new account goes to its plan's first question. */
  continueTo?: string;
};

/** Shown once, right after the code is made. It is never stored, so it cannot be shown again. */
export function RecoveryCodeNotice({ code, username, problem, continueTo = siteRoutes.account.href }: Props) {
  return (
    <section aria-labelledby="recovery-heading" className="rounded-md border-2 border-ink p-4">
      <h2 id="recovery-heading" className="mt-0">
        Your recovery code
      </h2>
      {username && (
        <p>
          Your username is{" "}
          <strong className="font-mono break-all" data-new-username="">
            {username}
          </strong>
          . Write it down with the code below.
        </p>
      )}
      <p>
        If you forget your passphrase, this code is the only way back into your account. Nobody else has it, not even
        us. It will not be shown again.
      </p>
      <p
        className="my-4 rounded-md bg-calm p-4 text-center font-mono text-lg font-bold tracking-wider break-all"
        data-recovery-code=""
      >
        {code}
      </p>
      <p>
        Write it down and keep it somewhere the person who hurt you will not look, or with someone you trust. Think
        twice before saving a photo of it on a shared phone.
      </p>
      {problem && <p className="font-bold">{problem}</p>}
      <p className="mb-0">
        {/* A whole page load, not an in-app link: the menu at the top is drawn again for the new account. */}
        <a href={problem ? siteRoutes.signIn.href : continueTo} className="font-bold">
          I have written it down. Continue
        </a>
      </p>
    </section>
  );
}
