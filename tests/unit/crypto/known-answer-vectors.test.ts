import { createCipheriv, hkdfSync } from "node:crypto";
import argon2 from "argon2";
import { describe, expect, it } from "vitest";

describe("the primitives we build on give the published answers", () => {
  it("Argon2id, RFC 9106 section 5.3, through the argon2 package", async () => {
    const tag = await argon2.hash(Buffer.alloc(32, 0x01), {
      type: argon2.argon2id,
      memoryCost: 32,
      timeCost: 3,
      parallelism: 4,
      salt: Buffer.alloc(16, 0x02),
      secret: Buffer.alloc(8, 0x03),
      associatedData: Buffer.alloc(12, 0x04),
      hashLength: 32,
      raw: true,
    });
    expect(tag.toString("hex")).toBe("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  });

  it("HKDF-SHA-256, RFC 5869 test case 1", () => {
    const okm = hkdfSync(
      "sha256",
      Buffer.from("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "hex"),
      Buffer.from("000102030405060708090a0b0c", "hex"),
      Buffer.from("f0f1f2f3f4f5f6f7f8f9", "hex"),
      42,
    );
    expect(Buffer.from(okm).toString("hex")).toBe(
      "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
    );
  });

  it("AES-256-GCM, test case 14 of the GCM specification (McGrew and Viega)", () => {
    const cipher = createCipheriv("aes-256-gcm", Buffer.alloc(32), Buffer.alloc(12));
    const ciphertext = Buffer.concat([cipher.update(Buffer.alloc(16)), cipher.final()]);
    expect(ciphertext.toString("hex")).toBe("cea7403d4d606b6e074ec5d3baf39d18");
    expect(cipher.getAuthTag().toString("hex")).toBe("d0d1c8a799996bf0265b98b5d48ab919");
  });
});
