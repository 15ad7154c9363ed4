import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

/** The layer rule's complaints about one import, as if written in `file`. */
async function complaintsAbout(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = value;\n`, {
    filePath: path.join(root, file),
  });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("the layers hold by construction: lint refuses an import across them", () => {
  // Loading ESLint's plugins is the slow part; on a busy machine it alone can take longer than one test may.
  beforeAll(() => complaintsAbout("lib/plan/warm-up.ts", "const value = 1;"), 60_000);

  it.each([
    ["app/planner/new-page.tsx", 'import { database as value } from "@/lib/db/database";'],
    ["app/account/new-action.ts", 'import { putRecord as value } from "@/lib/records/record-store";'],
    ["components/plan/new-form.tsx", 'import { encryptFile as value } from "@/lib/crypto/plan-file";'],
    ["components/plan/new-form.tsx", 'import type { PlanFormState as value } from "@/app/planner/plan-actions";'],
    ["lib/plan/new-rule.ts", 'import { readFileSync as value } from "node:fs";'],
    ["lib/plan/new-rule.ts", 'import { database as value } from "../db/database";'],
    ["lib/plan/new-rule.ts", 'import { putRecord as value } from "@/lib/records/record-store";'],
    ["lib/records/new-kind.ts", 'import { planValueSchema as value } from "../plan/plan-schema";'],
    ["lib/crypto/new-cipher.ts", 'import { database as value } from "../db/database";'],
    ["lib/helper-briefs/new-part.ts", 'import { randomBytes as value } from "node:crypto";'],
    ["lib/helper-briefs/new-part.ts", 'import { seal as value } from "../crypto/envelope";'],
    ["lib/helper-briefs/new-part.ts", 'import value from "server-only";'],
  ])("%s: %s", async (file, source) => {
    expect(await complaintsAbout(file, source)).toHaveLength(1);
  });

  it.each([
    ["app/planner/new-page.tsx", 'import { siteRoutes as value } from "@/lib/site/site-routes";'],
    ["components/plan/new-form.tsx", 'import type { PlanFormState as value } from "@/lib/forms/plan-form-states";'],
    ["lib/plan-store/new-store.ts", 'import { database as value } from "../db/database";'],
    ["lib/helper-briefs/new-part.ts", 'import { z as value } from "zod";'],
  ])("allows %s: %s", async (file, source) => {
    expect(await complaintsAbout(file, source)).toEqual([]);
  });
});
