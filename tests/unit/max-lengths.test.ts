import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePassphraseSchema, recoverSchema, signInSchema, signUpSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";

describe("a form's maxLength comes from its own zod schema", () => {
  it("reads each field's limit, through trim and refinements", () => {
    const schema = z
      .object({ name: z.string().trim().max(64), secret: z.string().max(256).refine(Boolean), free: z.string() })
      .refine(() => true);
    expect(maxLengthsOf(schema)).toEqual({ name: 64, secret: 256 });
  });

  it.each([
    ["sign-in", signInSchema],
    ["sign-up", signUpSchema],
    ["recovery", recoverSchema],
    ["change passphrase", changePassphraseSchema],
  ] as const)("the %s form's limits are the ones its schema enforces", (_name, schema) => {
    const limits = maxLengthsOf(schema);
    expect(Object.keys(limits).length).toBeGreaterThan(0);
    for (const [field, max] of Object.entries(limits)) {
      const shape = schema.shape as Record<string, z.ZodType>;
      const issuesAt = (length: number) =>
        shape[field]?.safeParse("a".repeat(length)).error?.issues.filter((issue) => issue.code === "too_big") ?? [];
      expect(issuesAt(max), `${field} at ${max}`).toEqual([]);
      expect(issuesAt(max + 1).length, `${field} at ${max + 1}`).toBe(1);
    }
  });
});
