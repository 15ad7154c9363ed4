import { briefClasses } from "./brief-blocks";

/** The classes of the note page's own lines, shared with the inline script so both draw alike. */
export const noteClasses = {
  ...briefClasses,
  endedHeading: "mt-6 mb-2 text-xl font-bold",
  status: "mb-4 font-bold",
} as const;

/** The one answer for every link or code that opens nothing: the same words whatever the reason. */
export function NoteEnded({ heading, text }: { heading: string; text: string }) {
  return (
    <>
      <h2 className={noteClasses.endedHeading}>{heading}</h2>
      <p className={noteClasses.note}>{text}</p>
    </>
  );
}
