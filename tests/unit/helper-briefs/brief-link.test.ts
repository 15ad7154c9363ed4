import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  briefUrl,
  CODE_ALPHABET,
  fromBase64url,
  isLinkId,
  newBriefCode,
  newBriefLink,
  normalizeBriefCode,
  parseFragment,
  toBase64url,
} from "@/lib/helper-briefs/brief-link";

describe("a brief's link", () => {
  it("keeps the link id and the key after the #, so the request line is only /note", () => {
    const link = newBriefLink();
    const url = new URL(briefUrl("https://harbour.example/", link));

    expect(url.pathname).toBe("/note");
    expect(url.search).toBe("");
    expect(`${url.origin}${url.pathname}`).not.toContain(link.key);
    expect(parseFragment(url.hash)).toEqual({ linkId: link.linkId, key: link.key });
  });

  it("draws 16 random bytes of link id and 32 of key", () => {
    const link = newBriefLink();
    expect(fromBase64url(link.linkId)).toHaveLength(16);
    expect(fromBase64url(link.key)).toHaveLength(32);
    expect(fromBase64url(link.key)).toEqual(link.keyBytes);
    expect(newBriefLink().key).not.toBe(link.key);
  });

  it("encodes base64url exactly as Node does, for every length", () => {
    for (let length = 0; length < 40; length += 1) {
      const bytes = randomBytes(length);
      expect(toBase64url(bytes)).toBe(bytes.toString("base64url"));
      expect(Buffer.from(fromBase64url(bytes.toString("base64url"))!)).toEqual(bytes);
    }
  });

  it("refuses a fragment that is not exactly a link id and a key", () => {
    const { linkId, key } = newBriefLink();
    for (const hash of [
      "",
      "#",
      `#${linkId}`,
      `#${linkId}.`,
      `#${linkId}.${key}.more`,
      `#${linkId}.${key.slice(1)}`,
      `#${linkId.slice(1)}.${key}`,
      `#${linkId}.${key.slice(0, -1)}+`,
      `#${linkId}=.${key}`,
      `#${key}.${linkId}`,
      "#<script>.alert(1)",
    ]) {
      expect(parseFragment(hash), hash).toBeUndefined();
    }
    expect(parseFragment(`${linkId}.${key}`)).toEqual({ linkId, key });
  });

  it("accepts only a well-formed link id from the helper's browser", () => {
    const { linkId, key } = newBriefLink();
    expect(isLinkId(linkId)).toBe(true);
    for (const other of [key, `${linkId}A`, "", 42, null, `${linkId.slice(0, -1)}!`])
      expect(isLinkId(other)).toBe(false);
  });
});

describe("a brief's short code", () => {
  it("is 16 Crockford base32 characters in four groups: 4 to look it up, 12 (60 bits) secret", () => {
    const code = newBriefCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const normal = normalizeBriefCode(code)!;
    expect(normal.lookup).toHaveLength(4);
    expect(normal.secret).toHaveLength(12);
    expect(Math.log2(CODE_ALPHABET.length) * normal.secret.length).toBe(60);
    expect(`${normal.lookup}${normal.secret}`).toBe(code.replace(/-/g, ""));
  });

  it("uses every character of the alphabet, so no bits are lost", () => {
    const seen = new Set(Array.from({ length: 200 }, () => newBriefCode().replace(/-/g, "")).join(""));
    expect([...seen].sort().join("")).toBe(CODE_ALPHABET);
  });

  it("forgives case, spaces, dashes and the letters that look like digits", () => {
    const expected = { lookup: "0123", secret: "4567890ABCDE" };
    for (const typed of ["0123-4567-890A-BCDE", "o123 4567 890a bcde", " O123-4567-89Oa-BCDE ", "01234567890abcde"]) {
      expect(normalizeBriefCode(typed), typed).toEqual(expected);
    }
    expect(normalizeBriefCode("l1Ii-0oO0-AAAA-AAAA")).toEqual({ lookup: "1111", secret: "0000AAAAAAAA" });
  });

  it("refuses a code of the wrong length or with a letter the alphabet leaves out", () => {
    for (const typed of [
      "",
      "0123-4567-89AB-CDE",
      "0123-4567-89AB-CDEF0",
      "0123-4567-89AB-CDEU",
      "0123 4567 89AB CD#F",
    ]) {
      expect(normalizeBriefCode(typed), typed).toBeUndefined();
    }
    expect(normalizeBriefCode(`0123-4567-89AB-CDEF${" ".repeat(100)}`)).toBeUndefined();
  });
});
