import { AppLink } from "@/components/app-link/app-link";

/**
 * Before anything goes on paper: paper can be found, and the person decides what is worth it. Without
 * `continueHref`, the page's own form comes next.
 */
type Props = {
  continueHref?: string;
  what: string;
  /** Who might find it and what to think about, when it is not the person who hurt the reader. */
  caution?: string;
};

export function PaperWarning({ continueHref, what, caution }: Props) {
  return (
    <section aria-labelledby="paper-heading" className="rounded-md border-2 border-exit p-4">
      <h2 id="paper-heading" className="mt-0">
        Before you print
      </h2>
      {caution ? (
        <p>Paper can be found. {caution}</p>
      ) : (
        <p>
          Paper can be found. If the person who hurt you might go through your things, think about where a printed{" "}
          {what} would be kept, or leave out what could put you at risk. Some people keep printed copies with someone
          they trust, at work, or in a locker.
        </p>
      )}
      <p className={continueHref ? undefined : "mb-0"}>
        The printer may also keep a record of what was printed, especially at work or in a library.
      </p>
      {continueHref && (
        <p className="mb-0">
          <AppLink href={continueHref} className="font-bold">
            I understand. Show the {what}
          </AppLink>
        </p>
      )}
    </section>
  );
}
