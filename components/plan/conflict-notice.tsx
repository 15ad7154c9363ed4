/** The notice's words in the reader's language. */
export type ConflictWords = { heading: string; intro: string; compared: string; same: string; keep: string };

/**
 * Shown when another tab or device saved first. Nothing is lost: the person's version was kept as
 * a snapshot in their history, and saving again puts it in place of the other one.
 */
export function ConflictNotice({ differences, words }: { differences: string[]; words: ConflictWords }) {
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="mb-6 rounded-md border-2 border-exit p-4">
      <h2 id="conflict-heading" className="mt-0">
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      {differences.length > 0 ? (
        <>
          <p className="mb-1 font-bold">{words.compared}</p>
          <ul>
            {differences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{words.same}</p>
      )}
      <p className="mb-0">{words.keep}</p>
    </section>
  );
}
