import { randomBytes } from "node:crypto";
import { CURRENT_PARAMETERS } from "../lib/crypto/argon2-parameters";
import { derivePassphraseKeys } from "../lib/crypto/passphrase-keys";
import { median } from "./statistics";

export type SignInCost = { parameters: string; runs: number; medianMs: number; minMs: number; maxMs: number };

/** The Argon2id derivation every sign-in (and every unknown-username attempt) pays for. */
export async function measureSignInCost(runs = 15): Promise<SignInCost> {
  const salt = randomBytes(16);
  await derivePassphraseKeys("warm up the allocator", salt, CURRENT_PARAMETERS);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await derivePassphraseKeys("orbit maple lantern quietly", salt, CURRENT_PARAMETERS);
    times.push(performance.now() - started);
  }
  const { memoryKiB, passes, lanes } = CURRENT_PARAMETERS;
  return {
    parameters: `Argon2id m=${memoryKiB / 1024} MiB, t=${passes}, p=${lanes}`,
    runs,
    medianMs: Math.round(median(times)),
    minMs: Math.round(Math.min(...times)),
    maxMs: Math.round(Math.max(...times)),
  };
}
