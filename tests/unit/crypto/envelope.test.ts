import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecryptionError, open, seal, type Binding } from "@/lib/crypto/envelope";

const KEY = Buffer.from("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "hex");
const PLAN: Binding = { userId: "user-1", recordId: "record-1", purpose: "record:plan" };

const bindings = fc.record({ userId: fc.string(), recordId: fc.string(), purpose: fc.string() });
const plaintexts = fc.uint8Array({ maxLength: 512 });

function flipBit(sealed: string, field: "iv" | "ct", bit: number): string {
  const envelope = JSON.parse(sealed) as Record<string, string>;
  const bytes = Buffer.from(envelope[field] as string, "base64url");
  const index = bit % (bytes.length * 8);
  bytes[index >> 3] = (bytes[index >> 3] as number) ^ (1 << (index & 7));
  return JSON.stringify({ ...envelope, [field]: bytes.toString("base64url") });
}

describe("our envelope format", () => {
  it("matches the frozen vector, so stored data stays readable across releases", () => {
    const frozen =
      '{"v":1,"alg":"A256GCM","iv":"yv66vvrO263eyviI","ct":"2cLGQ4oKI3olbmf9D3XsH2FJoiO-axNUIbEkPN_gC9_-JO9F1JapqJDiLgpql-nX7MqR"}';
    const plaintext = Buffer.from("Safe place: the library on Main St.");
    expect(seal(KEY, plaintext, PLAN, Buffer.from("cafebabefacedbaddecaf888", "hex"))).toBe(frozen);
    expect(open(KEY, frozen, PLAN).toString()).toBe("Safe place: the library on Main St.");
  });

  it("round-trips any plaintext under any binding", () => {
    fc.assert(
      fc.property(plaintexts, bindings, (plaintext, binding) => {
        expect(open(KEY, seal(KEY, plaintext, binding), binding)).toEqual(Buffer.from(plaintext));
      }),
    );
  });

  it("rejects any flipped bit in the iv, the ciphertext or the tag", () => {
    fc.assert(
      fc.property(plaintexts, fc.constantFrom("iv" as const, "ct" as const), fc.nat(), (plaintext, field, bit) => {
        const tampered = flipBit(seal(KEY, plaintext, PLAN), field, bit);
        expect(() => open(KEY, tampered, PLAN)).toThrow(DecryptionError);
      }),
    );
  });

  it("rejects the ciphertext of another user, record or purpose", () => {
    fc.assert(
      fc.property(plaintexts, bindings, bindings, (plaintext, mine, theirs) => {
        fc.pre(JSON.stringify(mine) !== JSON.stringify(theirs));
        expect(() => open(KEY, seal(KEY, plaintext, theirs), mine)).toThrow(DecryptionError);
      }),
    );
  });

  it("rejects the wrong key and anything that is not an envelope", () => {
    const sealed = seal(KEY, Buffer.from("x"), PLAN);
    expect(() => open(randomBytes(32), sealed, PLAN)).toThrow(DecryptionError);
    for (const junk of [
      "",
      "{}",
      "not json",
      '{"v":2,"alg":"A256GCM","iv":"AAAAAAAAAAAAAAAA","ct":"AAAAAAAAAAAAAAAAAAAAAA"}',
    ]) {
      expect(() => open(KEY, junk, PLAN)).toThrow(DecryptionError);
    }
  });

  it("never repeats an IV over 100,000 encryptions", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i += 1) seen.add((JSON.parse(seal(KEY, Buffer.alloc(1), PLAN)) as { iv: string }).iv);
    expect(seen.size).toBe(100_000);
    // 100,000 seals take a second or two alone, longer on a busy machine.
  }, 60_000);
});
