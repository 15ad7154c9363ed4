import { Fragment } from "react";
import { briefBlocks, briefClasses, type BriefWords, type NoteContent } from "./brief-blocks";

/**
 * A helper's note, exactly as the helper sees it: the same blocks, tags and classes the browser
 * script draws (open-note.ts). Server-safe and client-safe: it imports nothing but the blocks.
 */
export function BriefView({ content, words }: { content: NoteContent; words: BriefWords }) {
  return (
    <div lang={content.locale}>
      {briefBlocks(content, words).map((block, index) =>
        block.kind === "from" ? (
          <p key={index} className={briefClasses.from}>
            {block.text}
          </p>
        ) : (
          <Fragment key={index}>
            <h2 className={briefClasses.heading}>{block.heading}</h2>
            {block.kind === "text" ? (
              <p className={block.strong ? briefClasses.strong : briefClasses.text}>{block.text}</p>
            ) : (
              <ul className={briefClasses.list}>
                {block.items.map((item, line) => (
                  <li key={line} className={briefClasses.item}>
                    {item.text}
                    {item.href && item.linkText && (
                      <a href={item.href} className={briefClasses.link}>
                        {item.linkText}
                        <span className={briefClasses.linkDetail}> ({item.text})</span>
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Fragment>
        ),
      )}
    </div>
  );
}
