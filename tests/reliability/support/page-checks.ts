// What a person (or a log reader) must never see: the insides of the server.

const stackLine = /^\s*at\s+\S.*(?::\d+:\d+\)?|\(native\)|\(<anonymous>\))\s*$/m;
const errorName = /\b(?:Type|Reference|Syntax|Range|Prisma\w*|Driver\w*)Error\b|\bError:\s/;

/** The first sign of a stack trace or a raw error message in some text, or undefined. */
export function leakedInternals(text: string): string | undefined {
  const match =
    stackLine.exec(text) ?? errorName.exec(text) ?? /node_modules|\/work\/|webpack-internal|\.next\/server/.exec(text);
  if (!match) return undefined;
  const start = Math.max(0, match.index - 80);
  return text.slice(start, match.index + 160);
}

/** Just the text a person reads: no scripts, styles or tags. */
export function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
