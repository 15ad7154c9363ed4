import type { SearchWords } from "./search-form";
import { AppLink } from "@/components/app-link/app-link";
import type { Answer, Findings } from "@/lib/search/search-published";

const kindWord = { page: "fromGuidance", idea: "idea", service: "service" } as const satisfies Record<
  Answer["kind"],
  keyof SearchWords
>;

const filled = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

const answerTitle = (answer: Answer) =>
  answer.kind === "page" && answer.heading ? `${answer.title}: ${answer.heading}` : answer.title;

/** The passages that answer a question best, then every page that matched. */
export function SearchFindings({ query, findings, words }: { query: string; findings: Findings; words: SearchWords }) {
  const { answers, pages } = findings;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" aria-live="polite">
        {answers.length === 0
          ? filled(words.nothing, { query })
          : filled(pages.length === 1 ? words.foundOne : words.foundOther, { count: pages.length, query })}
      </h2>
      {answers.length === 0 ? (
        <p>{words.noFit}</p>
      ) : (
        <>
          <h3>{words.bestAnswers}</h3>
          <ol className="list-none pl-0" data-answers="">
            {answers.map((answer) => (
              <li key={answer.href + answer.snippet} className="mb-4 border-l-4 border-link pl-3">
                <span className="block text-sm text-muted">{words[kindWord[answer.kind]]}</span>
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
          <h3>{words.pages}</h3>
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
