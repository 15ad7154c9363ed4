import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  briefCodeLookup,
  briefLinkLookup,
  CODE_SALT_BYTES,
  openBriefContent,
  sealBriefContent,
  unwrapKeyUnderCode,
  wrapKeyUnderCode,
} from "@/lib/crypto/brief-keys";
import { OWASP_MINIMUM } from "@/lib/crypto/argon2-parameters";
import { openSealedBrief } from "@/lib/helper-briefs/brief-cipher";
import type { BriefContent } from "@/lib/helper-briefs/brief-content";
import { newBriefLink } from "@/lib/helper-briefs/brief-link";

const content: BriefContent = {
  v: 1,
  locale: "fr-CA",
  from: "Ta cousine",
  roles: ["code-word"],
  signal: { word: "parapluie bleu", whatToDo: "Appelle le 911." },
};

describe("a brief sealed on the server", () => {
  it("opens in the browser with WebCrypto and the key from the link, as the helper page does", async () => {
    const { key, keyBytes } = newBriefLink();
    const sealed = sealBriefContent(keyBytes, content);

    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("parapluie");
    expect(await openSealedBrief(sealed, key)).toEqual(content);
    expect(openBriefContent(keyBytes, sealed)).toEqual(content);
  });

  it("opens with no other key, and not once changed", async () => {
    const { keyBytes } = newBriefLink();
    const sealed = sealBriefContent(keyBytes, content);
    const other = newBriefLink();
    const bytes = Buffer.from(sealed, "base64url");
    bytes[20] = bytes[20]! ^ 1;

    expect(await openSealedBrief(sealed, other.key)).toBeUndefined();
    expect(await openSealedBrief(bytes.toString("base64url"), newBriefLink().key)).toBeUndefined();
    expect(openBriefContent(keyBytes, bytes.toString("base64url"))).toBeUndefined();
    expect(openBriefContent(other.keyBytes, sealed)).toBeUndefined();
    expect(await openSealedBrief("not a brief", other.key)).toBeUndefined();
  });

  it("uses a fresh IV each time, so the same brief never seals the same way twice", () => {
    const { keyBytes } = newBriefLink();
    expect(sealBriefContent(keyBytes, content)).not.toBe(sealBriefContent(keyBytes, content));
  });
});

describe("the key under the short code", () => {
  const owner = { userId: "user-1", briefId: "brief-1" };

  it("comes back with the code's secret, and with no other secret or for no other brief", async () => {
    const { keyBytes } = newBriefLink();
    const salt = randomBytes(CODE_SALT_BYTES);
    const wrapped = await wrapKeyUnderCode(keyBytes, "4567890ABCDE", salt, owner, OWASP_MINIMUM);

    expect(await unwrapKeyUnderCode(wrapped, "4567890ABCDE", salt, owner)).toEqual(Buffer.from(keyBytes));
    expect(await unwrapKeyUnderCode(wrapped, "4567890ABCDF", salt, owner)).toBeUndefined();
    expect(await unwrapKeyUnderCode(wrapped, "4567890ABCDE", salt, { ...owner, briefId: "brief-2" })).toBeUndefined();
    expect(await unwrapKeyUnderCode("{}", "4567890ABCDE", salt, owner)).toBeUndefined();
  });

  it("is looked up by hashes that are not the link id or the code", () => {
    const { linkId } = newBriefLink();
    expect(briefLinkLookup(linkId)).toMatch(/^[0-9a-f]{64}$/);
    expect(briefLinkLookup(linkId)).not.toContain(linkId);
    expect(briefCodeLookup("0123")).toMatch(/^[0-9a-f]{64}$/);
    expect(briefCodeLookup("0123")).not.toBe(briefCodeLookup("0124"));
  });
});
