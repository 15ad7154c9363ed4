import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { sealBriefContent } from "@/lib/crypto/brief-keys";
import { BRIEF_AAD } from "@/lib/helper-briefs/brief-cipher";
import { briefContentSchema, helperRoles, type BriefContent } from "@/lib/helper-briefs/brief-content";
import { fromBase64url, newBriefLink, parseFragment } from "@/lib/helper-briefs/brief-link";
import { isNoteContent, noteFragment, openSealedNote } from "./note-script-parts";

/** Each part runs in the browser from its own source text: here, in a context with nothing else in it. */
function standalone<T>(fn: T, globals: Record<string, unknown> = {}): T {
  return vm.runInNewContext(`(${String(fn)})`, globals) as T;
}

const note: BriefContent = {
  v: 1,
  locale: "en",
  from: "M.",
  roles: ["code-word", "keep-go-bag"],
  canDo: ["Keep the blue bag in your closet."],
  signal: { word: "pineapple", whatToDo: "Call 911 and say the address." },
  place: "The library on Main Street.",
  ownWords: "Thank you for this.",
};

describe("the fragment the helper's browser reads", () => {
  it("finds the link id and key of a real link, as the shared parser does", () => {
    const parse = standalone(noteFragment);
    for (let i = 0; i < 20; i++) {
      const { linkId, key } = newBriefLink();
      expect(parse(`#${linkId}.${key}`)).toEqual({ linkId, key });
      expect(parse(`${linkId}.${key}`)).toEqual(parseFragment(`${linkId}.${key}`));
    }
  });

  it("reads nothing from a made-up, cut short or padded fragment", () => {
    const parse = standalone(noteFragment);
    const { linkId, key } = newBriefLink();
    for (const hash of [
      "",
      "#",
      "#abc",
      `#${linkId}`,
      `#${linkId}.${key}x`,
      `#${linkId}.${key}.x`,
      `#${key}.${linkId}`,
    ])
      expect(parse(hash)).toBeNull();
    expect(parse(`#${linkId}.${key.slice(0, -1)}=`)).toBeNull();
  });
});

describe("what the browser agrees to draw", () => {
  const roles = [...helperRoles];
  const samples: unknown[] = [
    note,
    { v: 1, locale: "fr-CA", roles: [] },
    { ...note, v: 2 },
    { ...note, locale: "x".repeat(11) },
    { ...note, from: "x".repeat(81) },
    { ...note, roles: ["read-the-whole-plan"] },
    { ...note, roles: Array(10).fill("code-word") },
    { ...note, canDo: Array(13).fill("a") },
    { ...note, canDo: ["x".repeat(301)] },
    { ...note, canDo: [3] },
    { ...note, signal: { word: "x".repeat(61), whatToDo: "" } },
    { ...note, signal: { word: "w" } },
    { ...note, signal: null },
    { ...note, place: "x".repeat(601) },
    { ...note, ownWords: "x".repeat(2001) },
    { ...note, ownWords: 5 },
    [],
    null,
    "note",
  ];

  it.each(samples.map((sample, index) => [index, sample]))(
    "sample %i: the same verdict as briefContentSchema",
    (_i, sample) => {
      expect(standalone(isNoteContent)(sample, roles)).toBe(briefContentSchema.safeParse(sample).success);
    },
  );
});

describe("opening the ciphertext with WebCrypto, as the browser does", () => {
  const globals = { atob, TextEncoder, TextDecoder, JSON };

  it("opens what the server sealed, with the key from the link", async () => {
    const { key, keyBytes } = newBriefLink();
    const sealed = sealBriefContent(keyBytes, note);
    await expect(standalone(openSealedNote, globals)(crypto.subtle, sealed, key, BRIEF_AAD)).resolves.toEqual(note);
  });

  it("refuses another key, a changed ciphertext and another purpose", async () => {
    const { keyBytes } = newBriefLink();
    const sealed = sealBriefContent(keyBytes, note);
    const open = standalone(openSealedNote, globals);
    await expect(open(crypto.subtle, sealed, newBriefLink().key, BRIEF_AAD)).rejects.toBeDefined();
    const bytes = fromBase64url(sealed) as Uint8Array;
    bytes[20] = (bytes[20] as number) ^ 1;
    const changed = Buffer.from(bytes).toString("base64url");
    const key = Buffer.from(keyBytes).toString("base64url");
    await expect(open(crypto.subtle, changed, key, BRIEF_AAD)).rejects.toBeDefined();
    await expect(open(crypto.subtle, sealed, key, "another purpose")).rejects.toBeDefined();
  });
});
