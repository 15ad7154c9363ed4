import { z } from "zod";
import { newPassphraseSchema } from "../auth/account-schemas";

export const MAX_PLAN_FILE_BYTES = 1_000_000;

export const exportFormSchema = z
  .object({ passphrase: newPassphraseSchema, confirmPassphrase: z.string() })
  .refine((value) => value.passphrase === value.confirmPassphrase, {
    message: "The two passphrases are not the same.",
    path: ["confirmPassphrase"],
  });

export const importFormSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose the file you saved." })
    .refine((file) => file.size > 0, { message: "Choose the file you saved." })
    .refine((file) => file.size <= MAX_PLAN_FILE_BYTES, { message: "That file is too large to be a saved plan." }),
  passphrase: z.string().min(1, { message: "Enter the passphrase you chose for this file." }).max(256),
});

/** Confirming a copy already opened: the sealed copy the page was handed (lib/plan-store/plan-copies.ts). */
export const confirmImportSchema = z.object({
  preview: z
    .string()
    .min(1)
    .max(MAX_PLAN_FILE_BYTES * 2),
});
