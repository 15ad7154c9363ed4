import { siteRoutes } from "@/lib/site/site-routes";

type Props = {
  code: string;
  username?: string;
  problem?: string;
  /** Where "Continue" leads once signed in: a new account goes to its plan's first question. */
  continueTo?: string;
  /** The notice's words in the page's language. */
  words: RecoveryNoticeWords;
};

export type RecoveryNoticeWords = {
  heading: string;
  usernameIs: string;
  usernameAfter: string;
  onlyWay: string;
  keep: string;
  continue: string;
};

/** Shown once, right after the code is made. It is never stored, so it cannot be shown again. */
export function RecoveryCodeNotice({ code, username, problem, continueTo = siteRoutes.account.href, words }: Props) {
  return (
    <section aria-labelledby="recovery-heading" className="rounded-md border-2 border-ink p-4">
      <h2 id="recovery-heading" className="mt-0">
        {words.heading}
      </h2>
      {username && (
        <p>
          {words.usernameIs}{" "}
          <strong className="font-mono break-all" data-new-username="">
            {username}
          </strong>
          {words.usernameAfter}
        </p>
      )}
      <p>{words.onlyWay}</p>
      <p
        className="my-4 rounded-md bg-calm p-4 text-center font-mono text-lg font-bold tracking-wider break-all"
        data-recovery-code=""
      >
        {code}
      </p>
      <p>{words.keep}</p>
      {problem && <p className="font-bold">{problem}</p>}
      <p className="mb-0">
        {/* A whole page load, not an in-app link: the menu at the top is drawn again for the new account. */}
        <a href={problem ? siteRoutes.signIn.href : continueTo} className="font-bold">
          {words.continue}
        </a>
      </p>
    </section>
  );
}
