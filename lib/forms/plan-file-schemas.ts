import { z } from "zod";
import { newPassphraseSchema } from "../auth/account-schemas";

// Messages are keys into messages/<locale>/planFiles.json (errors), or account.json for the new passphrase; planFileRefusal says them.

export const MAX_PLAN_FILE_BYTES = 1_000_000;

export const exportFormSchema = z
  .object({ passphrase: newPassphraseSchema, confirmPassphrase: z.string() })
  .refine((value) => value.passphrase === value.confirmPassphrase, {
    message: "passphrasesDiffer",
    path: ["confirmPassphrase"],
  });

export const importFormSchema = z.object({
  file: z
    .instanceof(File, { message: "chooseFile" })
    .refine((file) => file.size > 0, { message: "chooseFile" })
    .refine((file) => file.size <= MAX_PLAN_FILE_BYTES, { message: "fileTooLarge" }),
  passphrase: z.string().min(1, { message: "enterFilePassphrase" }).max(256),
});

/** Confirming a copy already opened: the sealed copy the page was handed (lib/plan-store/plan-copies.ts). */
export const confirmImportSchema = z.object({
  preview: z
    .string()
    .min(1)
    .max(MAX_PLAN_FILE_BYTES * 2),
});
