import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  changePassphraseSchema,
  deleteAccountSchema,
  recoverSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/account-schemas";
import { searchQuerySchema } from "@/lib/content/search-query-schema";
import account from "@/messages/en/account.json";
import pages from "@/messages/en/pages.json";

const wrongInputs: unknown[] = [
  {},
  { username: "", passphrase: "", confirmPassphrase: "x", currentPassphrase: "", recoveryCode: "", offer: "" },
  { username: "a", passphrase: "short", confirmPassphrase: "short", recoveryCode: "x", offer: "", query: "a" },
  { username: "a", passphrase: "password1234", confirmPassphrase: "password1234", offer: "", query: "x".repeat(101) },
  { username: "a", passphrase: "x".repeat(300), confirmPassphrase: "", offer: "", currentPassphrase: "x" },
  { passphrase: "orbit maple lantern quietly", confirmPassphrase: "orbit maple lantern", offer: "" },
];

function messagesOf(schema: z.ZodType): string[] {
  return wrongInputs.flatMap((input) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []);
}

describe("what a refused form says is worded per language, not in the schema", () => {
  it.each([
    ["sign-in", signInSchema],
    ["sign-up", signUpSchema],
    ["recover", recoverSchema],
    ["change passphrase", changePassphraseSchema],
    ["delete account", deleteAccountSchema],
  ] as const)("every message of the %s form is a key in account.json", (_name, schema) => {
    const messages = messagesOf(schema);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(Object.keys(account.errors)).toContain(message);
  });

  it("every message of the search form is a key in pages.json", () => {
    const messages = messagesOf(searchQuerySchema);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(Object.keys(pages.search.errors)).toContain(message);
  });
});
