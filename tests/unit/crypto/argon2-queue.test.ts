import { afterEach, describe, expect, it, vi } from "vitest";
import { OWASP_MINIMUM } from "@/lib/crypto/argon2-parameters";

// A stand-in for Argon2 whose runs end only when the test says so, to see how many run at once.
const runs = vi.hoisted(() => ({ started: 0, finishers: [] as Array<() => void> }));
vi.mock("argon2", () => ({
  default: {
    argon2id: 2,
    hash: () => {
      runs.started += 1;
      return new Promise<Buffer>((resolve) => runs.finishers.push(() => resolve(Buffer.alloc(32, 7))));
    },
  },
}));

const { derivePassphraseKeys } = await import("@/lib/crypto/passphrase-keys");
const { ARGON2_AT_ONCE } = await import("@/lib/crypto/argon2-queue");

afterEach(() => {
  runs.finishers.splice(0).forEach((finish) => finish());
});

describe("a burst of sign-ins waits its turn for Argon2", () => {
  it("runs one derivation at a time and starts the next as one ends", async () => {
    const salt = new Uint8Array(16);
    const derivations = Array.from({ length: 8 }, (_, index) =>
      derivePassphraseKeys(`passphrase number ${index}`, salt, OWASP_MINIMUM),
    );
    await vi.waitFor(() => expect(runs.started).toBe(1));
    expect(ARGON2_AT_ONCE).toBe(1);

    runs.finishers.shift()?.();
    await vi.waitFor(() => expect(runs.started).toBe(2));
    expect(runs.finishers).toHaveLength(1);

    while (runs.started < 8 || runs.finishers.length > 0) {
      const before = runs.started;
      runs.finishers.shift()?.();
      if (before < 8) await vi.waitFor(() => expect(runs.started).toBe(before + 1));
      expect(runs.finishers.length).toBeLessThanOrEqual(ARGON2_AT_ONCE);
    }
    const keys = await Promise.all(derivations);
    expect(keys).toHaveLength(8);
    expect(keys.every((key) => !key.verifier.equals(key.keyEncryptionKey))).toBe(true);
  });
});
