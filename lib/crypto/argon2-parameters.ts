import { z } from "zod";

/** OWASP's floor for Argon2id (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane. */
export const OWASP_MINIMUM = { memoryKiB: 19 * 1024, passes: 2, lanes: 1 } as const;

/**
 * What new passphrases are derived with: 64 MiB, 3 passes, 1 lane. Measured on a 2-core server
 * at about 150 to 300 ms per derivation (`npm run bench` prints the current figure).
 */
export const CURRENT_PARAMETERS = { memoryKiB: 64 * 1024, passes: 3, lanes: 1 } as const;

/**
 * The most any derivation may ask for. Parameters also arrive from outside (a plan file someone
 * uploads): without a ceiling, one file could ask for gigabytes of memory or hours of work.
 */
export const ARGON2_CEILING = { memoryKiB: 256 * 1024, passes: 8, lanes: 16 } as const;

export const argon2ParametersSchema = z.object({
  memoryKiB: z.number().int().min(OWASP_MINIMUM.memoryKiB).max(ARGON2_CEILING.memoryKiB),
  passes: z.number().int().min(OWASP_MINIMUM.passes).max(ARGON2_CEILING.passes),
  lanes: z.number().int().min(OWASP_MINIMUM.lanes).max(ARGON2_CEILING.lanes),
});

export type Argon2Parameters = z.infer<typeof argon2ParametersSchema>;

/** Whether a stored derivation is weaker than today's, and so is redone at the next sign-in. */
export function needsUpgrade(stored: Argon2Parameters, current: Argon2Parameters = CURRENT_PARAMETERS): boolean {
  return stored.memoryKiB < current.memoryKiB || stored.passes < current.passes;
}
