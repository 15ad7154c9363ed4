import type { BriefFormWords } from "./brief-form-words";

/** Said before the link exists: what passing it on can leave behind, and other ways to give it. */
export function BriefHonesty({ words }: { words: BriefFormWords }) {
  return (
    <section
      aria-labelledby="brief-honesty"
      className="my-6 rounded-md border-l-4 border-link bg-calm p-4"
      data-brief-honesty=""
    >
      <h2 id="brief-honesty" className="mt-0">
        {words.honestyHeading}
      </h2>
      <p>{words.honestyIntro}</p>
      <ul>
        <li>{words.honestyThread}</li>
        <li>{words.honestyScreenshot}</li>
        <li>{words.honestyShared}</li>
      </ul>
      <p className="mb-0">{words.honestyOptions}</p>
    </section>
  );
}
