import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { argon2ParametersSchema, CURRENT_PARAMETERS } from "../crypto/argon2-parameters";
import { DecryptionError, open, seal } from "../crypto/envelope";
import { derivePassphraseKeys, SALT_BYTES } from "../crypto/passphrase-keys";
import { planValueSchema, type PlanValue } from "./plan-schema";

const FORMAT = "safe-harbour-plan";
// Not bound to an account, so a copy can be brought back into a new one.
const binding = { userId: "plan-file", recordId: "plan-file", purpose: "plan-export" };

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  argon2: argon2ParametersSchema,
  // derivePassphraseKeys refuses any other length; a damaged file is "not a plan file", not a crash.
  salt: z.base64url().refine((salt) => Buffer.from(salt, "base64url").length === SALT_BYTES),
  envelope: z.string().max(2_000_000),
});

/** A plan locked under a passphrase the person chooses: Argon2id, then AES-256-GCM. */
export async function lockPlanFile(plan: PlanValue, passphrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { keyEncryptionKey } = await derivePassphraseKeys(passphrase, salt, CURRENT_PARAMETERS);
  const envelope = seal(keyEncryptionKey, Buffer.from(JSON.stringify(plan)), binding);
  return JSON.stringify({ format: FORMAT, version: 1, argon2: CURRENT_PARAMETERS, salt: salt.toString("base64url"), envelope });
}

export type OpenedFile = { ok: true; plan: PlanValue } | { ok: false; problem: "not-a-plan-file" | "wrong-passphrase" };

/** Opens a file made by `lockPlanFile`; a wrong passphrase and a damaged file are told apart. */
export async function openPlanFile(text: string, passphrase: string): Promise<OpenedFile> {
  let file: z.infer<typeof fileSchema>;
  try {
    file = fileSchema.parse(JSON.parse(text));
  } catch {
    return { ok: false, problem: "not-a-plan-file" };
  }
  const { keyEncryptionKey } = await derivePassphraseKeys(passphrase, Buffer.from(file.salt, "base64url"), file.argon2);
  let json: unknown;
  try {
    json = JSON.parse(open(keyEncryptionKey, file.envelope, binding).toString("utf8"));
  } catch (error) {
    if (error instanceof DecryptionError) return { ok: false, problem: "wrong-passphrase" };
    return { ok: false, problem: "not-a-plan-file" };
  }
  const plan = planValueSchema.safeParse(json);
  return plan.success ? { ok: true, plan: plan.data } : { ok: false, problem: "not-a-plan-file" };
}
