import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { CURRENT_PARAMETERS, OWASP_MINIMUM } from "./argon2-parameters";
import { DecryptionError, isEnvelope, open, seal } from "./envelope";
import { derivePassphraseKeys, SALT_BYTES } from "./passphrase-keys";
import { changePlanValueSchema, planValueSchema, type ChangePlanValue, type PlanValue } from "../plan/plan-schema";

// Files made before the file named nothing said "safe-harbour-plan"; they still open.
const OLD_FORMAT_NAME = "safe-harbour-plan";
// Not bound to an account, so a copy can be brought back into a new one.
const binding = { userId: "plan-file", recordId: "plan-file", purpose: "plan-export" };

/** A cost between OWASP's floor and what this app writes: opening a file never costs more than a sign-in. */
const within = (key: keyof typeof CURRENT_PARAMETERS) =>
  z.number().int().min(OWASP_MINIMUM[key]).max(CURRENT_PARAMETERS[key]);

const fileSchema = z.object({
  format: z.literal(OLD_FORMAT_NAME).optional(),
  version: z.literal(1),
  argon2: z.object({ memoryKiB: within("memoryKiB"), passes: within("passes"), lanes: within("lanes") }),
  // derivePassphraseKeys refuses any other length; a damaged file is "not a plan file", not a crash.
  salt: z.base64url().refine((salt) => Buffer.from(salt, "base64url").length === SALT_BYTES),
  envelope: z.string().max(2_000_000).refine(isEnvelope),
});

/** A plan file whose shape and cost were checked; nothing has been derived from it yet. */
export type PlanFile = z.infer<typeof fileSchema>;

/**
 * A plan locked under a passphrase the person chooses: Argon2id, then AES-256-GCM. The file names
 * nothing (no app, no "plan"): on a shared device it is just a file of letters and digits.
 */
export function lockPlanFile(plan: PlanValue, passphrase: string): Promise<string> {
  return lockFile(plan, passphrase);
}

/** A change plan's copy holds it under a name of its own, so neither plan's import takes it for the other. */
export function lockChangePlanFile(plan: ChangePlanValue, passphrase: string): Promise<string> {
  return lockFile({ changePlan: plan }, passphrase);
}

async function lockFile(content: unknown, passphrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { keyEncryptionKey } = await derivePassphraseKeys(passphrase, salt, CURRENT_PARAMETERS);
  const envelope = seal(keyEncryptionKey, Buffer.from(JSON.stringify(content)), binding);
  return JSON.stringify({ version: 1, argon2: CURRENT_PARAMETERS, salt: salt.toString("base64url"), envelope });
}

/** Reads a file's text without deriving anything: undefined when it is not a file `lockPlanFile` could have made. */
export function readPlanFile(text: string): PlanFile | undefined {
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Why a file did not open; "other-kind" is a copy of the other plan (a change plan's, or a safety plan's). */
type Unopened = { ok: false; problem: "not-a-plan-file" | "wrong-passphrase" | "other-kind" };
export type OpenedFile = { ok: true; plan: PlanValue } | Unopened;
export type OpenedChangePlanFile = { ok: true; plan: ChangePlanValue } | Unopened;

const changePlanContent = z.object({ changePlan: changePlanValueSchema });
const isChangePlanCopy = (json: unknown) => typeof json === "object" && json !== null && "changePlan" in json;

/** Opens a file read by `readPlanFile`: one Argon2id derivation; a wrong passphrase and a damaged file are told apart. */
export async function unlockPlanFile(file: PlanFile, passphrase: string): Promise<OpenedFile> {
  const opened = await openFile(file, passphrase);
  if (!opened.ok) return opened;
  // Checked first: the safety plan's schema would read a change plan's copy as an empty plan.
  if (isChangePlanCopy(opened.json)) return { ok: false, problem: "other-kind" };
  const plan = planValueSchema.safeParse(opened.json);
  return plan.success ? { ok: true, plan: plan.data } : { ok: false, problem: "not-a-plan-file" };
}

/** The same for a change plan's copy. */
export async function unlockChangePlanFile(file: PlanFile, passphrase: string): Promise<OpenedChangePlanFile> {
  const opened = await openFile(file, passphrase);
  if (!opened.ok) return opened;
  const content = changePlanContent.safeParse(opened.json);
  if (content.success) return { ok: true, plan: content.data.changePlan };
  const otherKind = !isChangePlanCopy(opened.json) && planValueSchema.safeParse(opened.json).success;
  return { ok: false, problem: otherKind ? "other-kind" : "not-a-plan-file" };
}

async function openFile(file: PlanFile, passphrase: string): Promise<{ ok: true; json: unknown } | Unopened> {
  const { keyEncryptionKey } = await derivePassphraseKeys(passphrase, Buffer.from(file.salt, "base64url"), file.argon2);
  try {
    return { ok: true, json: JSON.parse(open(keyEncryptionKey, file.envelope, binding).toString("utf8")) };
  } catch (error) {
    if (error instanceof DecryptionError) return { ok: false, problem: "wrong-passphrase" };
    return { ok: false, problem: "not-a-plan-file" };
  }
}
