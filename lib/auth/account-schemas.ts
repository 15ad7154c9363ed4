import { z } from "zod";
import { planKindFieldSchema } from "../settings/plan-kind-schema";
import { isCommonPassphrase } from "./common-passphrases";

/**
 * Every account form's fields, shared by the form (names, hints) and the server (checks). Messages
 * are keys into messages/<locale>/account.json (errors); accountRefusal says them in the reader's language.
 */

export { PASSPHRASE_HINT } from "./passphrase-hint";

export const newPassphraseSchema = z
  .string({ message: "choosePassphrase" })
  .min(12, { message: "passphraseTooShort" })
  .max(256, { message: "passphraseTooLong" })
  .refine((value) => !isCommonPassphrase(value), {
    message: "commonPassphrase",
  });

const enteredPassphrase = z.string({ message: "enterPassphrase" }).min(1, { message: "enterPassphrase" }).max(256);

const passphrasesMatch = (value: { passphrase: string; confirmPassphrase: string }) =>
  value.passphrase === value.confirmPassphrase;
const mismatch = { message: "passphrasesDiffer", path: ["confirmPassphrase"] };

/**
 * The username is not a field: the server offers one, and `offer` carries it back signed. `planKind`
 * is the one plain question about which plan to start; skipped, it is the safety plan.
 */
export const signUpSchema = z
  .object({
    offer: z.string({ message: "usernameOffer" }).max(200, { message: "usernameOffer" }),
    passphrase: newPassphraseSchema,
    confirmPassphrase: z.string({ message: "confirmPassphrase" }),
    planKind: planKindFieldSchema,
  })
  .refine(passphrasesMatch, mismatch);

/** The same question on its own, from the account page. */
export const planKindFormSchema = z.object({ planKind: planKindFieldSchema });

export const signInSchema = z.object({
  username: z
    .string({ message: "enterUsername" })
    .trim()
    .min(1, { message: "enterUsername" })
    .max(64, { message: "tooLong" }),
  passphrase: enteredPassphrase,
});

export const changePassphraseSchema = z
  .object({
    currentPassphrase: enteredPassphrase,
    passphrase: newPassphraseSchema,
    confirmPassphrase: z.string({ message: "confirmPassphrase" }),
  })
  .refine(passphrasesMatch, mismatch);

export const recoverSchema = z
  .object({
    username: signInSchema.shape.username,
    recoveryCode: z.string({ message: "enterRecoveryCode" }).trim().min(1, { message: "enterRecoveryCode" }).max(80),
    passphrase: newPassphraseSchema,
    confirmPassphrase: z.string({ message: "confirmPassphrase" }),
  })
  .refine(passphrasesMatch, mismatch);

export const deleteAccountSchema = z.object({ passphrase: enteredPassphrase });

export const sessionIdSchema = z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/) });
