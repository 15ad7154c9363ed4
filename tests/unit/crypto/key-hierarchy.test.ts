import { describe, expect, it } from "vitest";
import { needsUpgrade, OWASP_MINIMUM } from "@/lib/crypto/argon2-parameters";
import {
  createAccountKeys,
  lockWithNewRecoveryCode,
  lockWithPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
} from "@/lib/crypto/key-hierarchy";
import { derivePassphraseKeys } from "@/lib/crypto/passphrase-keys";
import { normalizeRecoveryCode } from "@/lib/crypto/recovery-code";

const PASSPHRASE = "orbit maple lantern quietly";

describe("the key hierarchy of an account", () => {
  it("opens the data key with the passphrase or the recovery code, and nothing else", async () => {
    const { keys, dataKey, recoveryCode } = await createAccountKeys("user-1", PASSPHRASE);
    expect(await unlockWithPassphrase("user-1", PASSPHRASE, keys)).toEqual(dataKey);
    expect(unlockWithRecoveryCode("user-1", recoveryCode, keys)).toEqual(dataKey);
    expect(await unlockWithPassphrase("user-1", "orbit maple lantern quietlY", keys)).toBeUndefined();
    expect(await unlockWithPassphrase("user-2", PASSPHRASE, keys)).toBeUndefined();
    expect(
      unlockWithRecoveryCode(
        "user-1",
        recoveryCode.replace(/^./, (c) => (c === "0" ? "1" : "0")),
        keys,
      ),
    ).toBeUndefined();
  });

  it("stores neither the data key nor anything that opens it without a secret", async () => {
    const { keys, dataKey, recoveryCode } = await createAccountKeys("user-1", PASSPHRASE);
    const stored = JSON.stringify({
      ...keys,
      passphraseSalt: keys.passphraseSalt.toString("hex"),
      verifier: keys.verifier.toString("hex"),
    });
    expect(stored).not.toContain(dataKey.toString("hex"));
    expect(stored).not.toContain(dataKey.toString("base64url"));
    expect(stored).not.toContain(normalizeRecoveryCode(recoveryCode));
    expect(stored).not.toContain(PASSPHRASE);
  });

  it("re-wraps only the data key on a passphrase change or a new recovery code", async () => {
    const { keys, dataKey, recoveryCode } = await createAccountKeys("user-1", PASSPHRASE);
    const changed = await lockWithPassphrase("user-1", dataKey, "a completely new passphrase");
    expect(await unlockWithPassphrase("user-1", "a completely new passphrase", changed)).toEqual(dataKey);
    expect(await unlockWithPassphrase("user-1", PASSPHRASE, changed)).toBeUndefined();
    const renewed = lockWithNewRecoveryCode("user-1", dataKey);
    expect(unlockWithRecoveryCode("user-1", renewed.recoveryCode, renewed)).toEqual(dataKey);
    expect(unlockWithRecoveryCode("user-1", recoveryCode, renewed)).toBeUndefined();
    expect(unlockWithRecoveryCode("user-1", recoveryCode, keys)).toEqual(dataKey);
  });

  it("accepts a recovery code typed in lower case, with spaces and look-alike letters", async () => {
    const { keys, dataKey, recoveryCode } = await createAccountKeys("user-1", PASSPHRASE);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const typed = recoveryCode.toLowerCase().replace(/-/g, " ").replace(/0/g, "o").replace(/1/g, "l");
    expect(unlockWithRecoveryCode("user-1", typed, keys)).toEqual(dataKey);
  });

  it("refuses Argon2 parameters below OWASP's minimum and upgrades weaker ones", async () => {
    await expect(
      derivePassphraseKeys(PASSPHRASE, Buffer.alloc(16), { ...OWASP_MINIMUM, memoryKiB: 1024 }),
    ).rejects.toThrow();
    expect(needsUpgrade(OWASP_MINIMUM)).toBe(true);
    expect(needsUpgrade({ memoryKiB: 65536, passes: 3, lanes: 1 })).toBe(false);
  });
});
