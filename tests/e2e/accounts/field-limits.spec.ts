import type { Page } from "@playwright/test";
import type { z } from "zod";
import { changePassphraseSchema, recoverSchema, signInSchema, signUpSchema } from "@/lib/auth/account-schemas";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { exportFormSchema } from "@/lib/forms/plan-file-schemas";
import { signUp } from "@/tests/e2e/support/accounts";
import { expect, test } from "@/tests/e2e/support/fixtures";

/** Every box the person types into has the schema's own limit in its markup (a confirmation, its twin's). */
async function expectLimitsFrom(page: Page, path: string, schema: z.ZodObject): Promise<void> {
  await page.goto(path);
  const limits = maxLengthsOf(schema);
  // Every form on the page: sign-up's passphrase form follows the form that offers another username.
  const boxes = page.getByRole("main").locator('form input[type="text"], form input[type="password"], form textarea');
  expect(await boxes.count(), path).toBeGreaterThan(0);
  for (const box of await boxes.all()) {
    const name = (await box.getAttribute("name")) ?? "";
    const limit = limits[name] ?? limits[name.replace(/^confirm(.)/, (_match, first: string) => first.toLowerCase())];
    expect(limit, `${path}: a limit for ${name} in the schema`).toBeDefined();
    await expect(box, `${path}: ${name}`).toHaveAttribute("maxlength", String(limit));
  }
}

test("account and locked-copy forms carry their schema's limits in the markup", async ({ page }) => {
  await expectLimitsFrom(page, "/sign-in", signInSchema);
  await expectLimitsFrom(page, "/sign-up", signUpSchema);
  await expectLimitsFrom(page, "/recover", recoverSchema);
  await signUp(page);
  await expectLimitsFrom(page, "/account/passphrase", changePassphraseSchema);
  await expectLimitsFrom(page, "/planner/export", exportFormSchema);
});
