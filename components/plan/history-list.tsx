import { AppLink } from "@/components/app-link/app-link";

export type HistoryListEntry = {
  id: string;
  href: string;
  /** What the snapshot is ("Saved", "Reviewed"). */
  label: string;
  /** The saved time, as an ISO string for <time>, and as the person reads it in their own zone. */
  datetime: string;
  when: string;
  /** What that save changed, in one line. */
  change: string;
};

/** The list's own words in the reader's language; `pageOf` is "Page 2 of 5" for the page shown. */
export type HistoryListWords = { empty: string; pagesLabel: string; newer: string; older: string; pageOf: string };

type Props = {
  entries: HistoryListEntry[];
  /** What to say when there is nothing yet, and how the pages are named. */
  words: HistoryListWords;
  /** Links to the newer and older pages of a long history, where there are some. */
  pages?: { page: number; pageCount: number; newer?: string; older?: string };
};

/** A plan's snapshots, newest first, each with its time and what it changed; usable for either plan. */
export function HistoryList({ entries, words, pages }: Props) {
  if (entries.length === 0) return <p>{words.empty}</p>;
  return (
    <>
      <ol className="list-none pl-0" data-revisions="">
        {entries.map((entry) => (
          <li key={entry.id} className="mb-4" data-revision="">
            <AppLink href={entry.href} className="font-bold">
              {entry.label}
            </AppLink>{" "}
            <time dateTime={entry.datetime} className="text-muted">
              {entry.when}
            </time>
            <p className="mb-0" data-change="">
              {entry.change}
            </p>
          </li>
        ))}
      </ol>
      {pages && pages.pageCount > 1 && (
        <nav aria-label={words.pagesLabel} className="flex flex-wrap items-center gap-4">
          {pages.newer && <AppLink href={pages.newer}>{words.newer}</AppLink>}
          <span className="text-muted">{words.pageOf}</span>
          {pages.older && <AppLink href={pages.older}>{words.older}</AppLink>}
        </nav>
      )}
    </>
  );
}
