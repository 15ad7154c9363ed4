import { z } from "zod";
import { planKindFieldSchema } from "../settings/plan-kind-schema";
import { isCommonPassphrase } from "./common-passphrases";

/** Every account form's fields, shared by the form (names, hints) and the server (checks). */

export { PASSPHRASE_HINT } from "./passphrase-hint";

export const newPassphraseSchema = z
  .string({ message: "Choose a passphrase." })
  .min(12, { message: "Use at least 12 characters. Several random words work well." })
  .max(256, { message: "Use at most 256 characters." })
  .refine((value) => !isCommonPassphrase(value), {
    message: "That passphrase is on a list of common passwords. Try a few random words instead.",
  });

const enteredPassphrase = z
  .string({ message: "Enter your passphrase." })
  .min(1, { message: "Enter your passphrase." })
  .max(256);

const passphrasesMatch = (value: { passphrase: string; confirmPassphrase: string }) =>
  value.passphrase === value.confirmPassphrase;
const mismatch = { message: "The two passphrases are not the same.", path: ["confirmPassphrase"] };

/**
 * The username is not a field: the server offers one, and `offer` carries it back signed. `planKind`
 * is the one plain question about which plan to start; skipped, it is the safety plan.
 */
export const signUpSchema = z
  .object({
    offer: z.string().max(200),
    passphrase: newPassphraseSchema,
    confirmPassphrase: z.string(),
    planKind: planKindFieldSchema,
  })
  .refine(passphrasesMatch, mismatch);

/** The same question on its own, from the account page. */
export const planKindFormSchema = z.object({ planKind: planKindFieldSchema });

export const signInSchema = z.object({
  username: z.string({ message: "Enter your username." }).trim().min(1, { message: "Enter your username." }).max(64),
  passphrase: enteredPassphrase,
});

export const changePassphraseSchema = z
  .object({ currentPassphrase: enteredPassphrase, passphrase: newPassphraseSchema, confirmPassphrase: z.string() })
  .refine(passphrasesMatch, mismatch);

export const recoverSchema = z
  .object({
    username: signInSchema.shape.username,
    recoveryCode: z
      .string({ message: "Enter your recovery code." })
      .trim()
      .min(1, { message: "Enter your recovery code." })
      .max(80),
    passphrase: newPassphraseSchema,
    confirmPassphrase: z.string(),
  })
  .refine(passphrasesMatch, mismatch);

export const deleteAccountSchema = z.object({ passphrase: enteredPassphrase });

export const sessionIdSchema = z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/) });
