import { AppLink } from "@/components/app-link/app-link";
import type { Answer, Findings } from "@/lib/search/search-published";

const kindLabel: Record<Answer["kind"], string> = {
  page: "From the guidance",
  idea: "An idea for a plan",
  service: "A service you can contact",
};

const answerTitle = (answer: Answer) =>
  answer.kind === "page" && answer.heading ? `${answer.title}: ${answer.heading}` : answer.title;

/** The passages that answer a question best, then every page that matched. */
export function SearchFindings({ query, findings }: { query: string; findings: Findings }) {
  const { answers, pages } = findings;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" aria-live="polite">
        {answers.length === 0
          ? `Nothing we have answers “${query}”`
          : `${pages.length} ${pages.length === 1 ? "page" : "pages"} found for “${query}”`}
      </h2>
      {answers.length === 0 ? (
        <p>
          We could not find anything that fits. Other words might find it, or a person on one of the lines below can
          talk it through with you.
        </p>
      ) : (
        <>
          <h3>Best answers</h3>
          <ol className="list-none pl-0" data-answers="">
            {answers.map((answer) => (
              <li key={answer.href + answer.snippet} className="mb-4 border-l-4 border-link pl-3">
                <span className="block text-sm text-muted">{kindLabel[answer.kind]}</span>
                <AppLink href={answer.href} className="font-bold">
                  {answerTitle(answer)}
                </AppLink>
                <p className="mb-0">{answer.snippet}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      {pages.length > 0 && (
        <>
          <h3>Pages</h3>
          <ul className="list-none pl-0" data-pages="">
            {pages.map((page) => (
              <li key={page.href} className="mb-4">
                <AppLink href={page.href} className="text-lg font-bold">
                  {page.title}
                </AppLink>
                <p className="mb-0 text-muted">{page.snippet}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
