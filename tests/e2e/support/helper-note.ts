import { createCipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Page, type Request, type Route } from "@playwright/test";
import { BRIEF_AAD } from "@/lib/helper-briefs/brief-cipher";
import type { BriefContent } from "@/lib/helper-briefs/brief-content";
import type { BriefLink } from "@/lib/helper-briefs/brief-link";
import { NOTE_OPEN_ROUTE } from "@/lib/site/site-routes";
import type english from "@/messages/en/helperNote.json";

export const wordsIn = (locale: string): typeof english =>
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../../../messages", locale, "helperNote.json"), "utf8"),
  );
export const quickExitIn = (locale: string): string =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../../messages", locale, "shell.json"), "utf8"))
    .quickExit.button;
export const noteLanguages = ["en", "fr-CA"].map((locale) => ({
  locale,
  words: wordsIn(locale),
  quickExit: quickExitIn(locale),
}));

/** What the server would hold for a note: sealed the way lib/crypto/brief-keys.ts seals it. */
export function sealed(key: Uint8Array, content: BriefContent): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(BRIEF_AAD));
  const text = Buffer.concat([cipher.update(JSON.stringify(content)), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([iv, text]).toString("base64url");
}

/** Every request the page makes, to check that the key never leaves it. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

export function expectKeyNeverSent(requests: Request[], link: BriefLink) {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    expect(request.url()).not.toContain(link.key);
    expect(request.url()).not.toContain(link.linkId);
    expect(request.postData() ?? "").not.toContain(link.key);
  }
  const opens = requests.filter((request) => new URL(request.url()).pathname === NOTE_OPEN_ROUTE);
  expect(opens.map((request) => request.postDataJSON())).toEqual([{ linkId: link.linkId }]);
}

/** Answers the open route with `box` for `link` only, as the server would for a live note. */
export function serveNote(link: BriefLink, box: string) {
  return async (route: Route) => {
    const asked = route.request().postDataJSON() as { linkId?: string };
    await route.fulfill(asked.linkId === link.linkId ? { json: { sealed: box } } : { status: 404, json: {} });
  };
}
