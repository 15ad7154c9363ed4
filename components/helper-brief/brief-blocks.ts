import type { BriefContent } from "@/lib/helper-briefs/brief-content";

/** What a helper's note holds, as the browser script and the server both read it. */
export type NoteContent = BriefContent;

export type BriefWords = {
  /** "From: {from}", with the survivor's own words put in place of {from}. */
  from: string;
  rolesHeading: string;
  guidanceLink: string;
  canDoHeading: string;
  signalHeading: string;
  whatToDoHeading: string;
  placeHeading: string;
  ownWordsHeading: string;
  /** Each role's name and the guidance for it; a role not named here is never shown. */
  roles: Record<string, { name: string; href: string }>;
};

export type BriefItem = { text: string; href?: string; linkText?: string };
export type BriefBlock =
  | { kind: "from"; text: string }
  | { kind: "list"; heading: string; items: BriefItem[] }
  | { kind: "text"; heading: string; text: string; strong: boolean };

/**
 * The note as blocks, in the order the helper reads them. Drawn by React on the server
 * (brief-view.tsx) and by the inline script in the browser (open-note-script.ts), so both show
 * the same thing. Sent to the browser as its own source text: it uses nothing from outside its body.
 */
export function briefBlocks(content: NoteContent, words: BriefWords): BriefBlock[] {
  var blocks: BriefBlock[] = [];
  if (content.from) blocks.push({ kind: "from", text: words.from.split("{from}").join(content.from) });
  var roles: BriefItem[] = [];
  for (var r = 0; r < content.roles.length; r++) {
    var role = words.roles[content.roles[r] as string];
    if (role) roles.push({ text: role.name, href: role.href, linkText: words.guidanceLink });
  }
  if (roles.length) blocks.push({ kind: "list", heading: words.rolesHeading, items: roles });
  var canDo: BriefItem[] = [];
  var lines = content.canDo || [];
  for (var c = 0; c < lines.length; c++) canDo.push({ text: lines[c] as string });
  if (canDo.length) blocks.push({ kind: "list", heading: words.canDoHeading, items: canDo });
  if (content.signal) {
    blocks.push({ kind: "text", heading: words.signalHeading, text: content.signal.word, strong: true });
    blocks.push({ kind: "text", heading: words.whatToDoHeading, text: content.signal.whatToDo, strong: false });
  }
  if (content.place) blocks.push({ kind: "text", heading: words.placeHeading, text: content.place, strong: false });
  if (content.ownWords)
    blocks.push({ kind: "text", heading: words.ownWordsHeading, text: content.ownWords, strong: false });
  return blocks;
}

/** The classes both drawings use; here so Tailwind finds them and neither drawing drifts. */
export const briefClasses = {
  from: "mb-4 text-lg",
  heading: "mt-6 mb-2 text-xl font-bold",
  list: "mb-4 list-disc pl-6",
  item: "mb-1",
  link: "ml-2 underline",
  /** The role's name inside its link, for screen readers: every link reads the same otherwise. */
  linkDetail: "sr-only",
  text: "mb-4 whitespace-pre-line",
  strong: "mb-4 text-2xl font-bold",
  note: "mb-4",
} as const;
