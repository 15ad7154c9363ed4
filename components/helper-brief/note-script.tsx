import { briefBlocks } from "./brief-blocks";
import { isNoteContent, noteFragment, openSealedNote } from "./note-script-parts";
import { runNoteOpener, type NoteOpenerOptions } from "./open-note";

/** The inline script that opens a note from its link; the nonce lets it run under the policy. */
export function NoteScript({ nonce, options }: { nonce: string; options: NoteOpenerOptions }) {
  const parts = `{parse:${noteFragment},check:${isNoteContent},open:${openSealedNote},blocks:${briefBlocks}}`;
  const source = `(${runNoteOpener.toString()})(${parts},${scriptSafeJson(options)});`;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: source }} />;
}

/** JSON that cannot close the script element it sits in. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
