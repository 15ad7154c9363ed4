import type { BriefContent, HelperRole } from "@/lib/helper-briefs/brief-content";

/** The view's words, in the reader's language (messages helperBriefs.view and .roles). */
export type BriefViewWords = {
  from: string;
  canDo: string;
  signal: string;
  signalWord: string;
  whatToDo: string;
  place: string;
  ownWords: string;
  guides: string;
  guideFor: string;
  nothing: string;
  roles: Record<HelperRole, string>;
};

type Props = {
  content: BriefContent;
  words: BriefViewWords;
  /** The guidance page for each role, as a neutral address (see brief-guides.ts). */
  guides: Record<HelperRole, string>;
  /** The level of the view's headings: h2 on the helper's page and in the preview. */
  headingLevel?: 2 | 3;
};

const lines = "whitespace-pre-line";

/**
 * Exactly what a helper sees, drawn from a BriefContent and nothing else: the survivor's preview
 * and the helper's page use this one component, so the preview cannot differ from what is sent.
 * Every value is text React escapes; nothing here is read as markup.
 */
export function BriefView({ content, words, guides, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // Her own words are in the language she wrote in; the headings are in the reader's.
  const lang = content.locale;
  const empty = !content.canDo?.length && !content.signal && !content.place && !content.ownWords;
  return (
    <article className="rounded-md border-2 border-gray-300 p-4" data-brief-view="">
      {content.from && (
        <p className="font-bold" data-brief-part="from">
          {words.from} <span lang={lang}>{content.from}</span>
        </p>
      )}
      {empty && <p data-brief-part="nothing">{words.nothing}</p>}
      {content.canDo && content.canDo.length > 0 && (
        <section data-brief-part="canDo">
          <Heading>{words.canDo}</Heading>
          <ul lang={lang}>
            {content.canDo.map((line, index) => (
              <li key={index} className={lines}>
                {line}
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.signal && (
        <section data-brief-part="signal">
          <Heading>{words.signal}</Heading>
          <p>
            {words.signalWord} <strong lang={lang}>{content.signal.word}</strong>
          </p>
          {content.signal.whatToDo && (
            <>
              <p className="mb-1 font-bold">{words.whatToDo}</p>
              <p lang={lang} className={lines}>
                {content.signal.whatToDo}
              </p>
            </>
          )}
        </section>
      )}
      {content.place && (
        <section data-brief-part="place">
          <Heading>{words.place}</Heading>
          <p lang={lang} className={lines}>
            {content.place}
          </p>
        </section>
      )}
      {content.ownWords && (
        <section data-brief-part="ownWords">
          <Heading>{words.ownWords}</Heading>
          <p lang={lang} className={lines}>
            {content.ownWords}
          </p>
        </section>
      )}
      {content.roles.length > 0 && (
        <section data-brief-part="guides">
          <Heading>{words.guides}</Heading>
          <ul>
            {content.roles.map((role) => (
              <li key={role}>
                <a href={guides[role]}>
                  {words.guideFor} {words.roles[role]}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
