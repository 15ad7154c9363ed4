import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/sessions";
import { planValueSchema } from "@/lib/plan/plan-schema";
import { savePlan } from "@/lib/plan-store/plan-store";
import { getRecord, putRecord } from "@/lib/records/record-store";
import { rawDatabaseBytes, sqliteWalBytes } from "./support/raw-database";
import { readableIn } from "./support/readable-forms";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

// Promise 1 of DESIGN.md: a copy of the database reveals nothing a person typed or was given.
describe.each(dialects)("a copy of the %s database", (dialect) => {
  const database = useTestDatabase(dialect);

  it("holds none of the person's words (a checklist's too), username, passphrase, recovery code or session secrets", async () => {
    const { db, target } = database();
    const account = await signUp(db, "Marlow-Quay");
    const marker = `Flat 3, 14 Juniper Row ${randomBytes(8).toString("hex")}`;
    const stored = await putRecord(db, account.owner, "profile", { username: marker });
    const checklist = {
      item: `Grandmother's letters ${randomBytes(8).toString("hex")}`,
      where: `blue tin under the stairs ${randomBytes(8).toString("hex")}`,
    };
    const plan = planValueSchema.parse({
      entries: {
        goBagItems: [{ id: "bag-health-card", what: "Health card", ticked: true, where: checklist.where }],
        moneyItems: [{ id: "0b9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f70", what: checklist.item, where: "" }],
      },
    });
    expect((await savePlan(db, account.owner, plan, 0)).ok).toBe(true);
    const session = await startSession(db, account.userId, account.owner.dataKey, null);
    expect((await getRecord(db, account.owner, "profile", stored.id))?.value.username).toBe(marker);

    const bytes = await rawDatabaseBytes(target);

    // Positive controls: the scan sees what really was written, so finding nothing means something.
    expect(readableIn(bytes, account.userId)).toContain("utf8");
    expect(readableIn(bytes, stored.id)).toContain("utf8");
    if (target.dialect === "sqlite") {
      expect(readableIn(sqliteWalBytes(target.filePath), account.userId)).toContain("utf8");
    }

    const secrets = {
      marker,
      "a checklist item": checklist.item,
      "where a checklist item is": checklist.where,
      username: account.username,
      "username in lower case": account.username.toLowerCase(),
      passphrase: account.passphrase,
      "recovery code": account.recoveryCode,
      "recovery code without dashes": account.recoveryCode.replace(/-/g, ""),
      "session id": session.sessionId,
      "session key": session.sessionKey,
      "data key (hex)": account.owner.dataKey.toString("hex"),
      "data key (base64)": account.owner.dataKey.toString("base64"),
    };
    const found = Object.entries(secrets).flatMap(([name, value]) =>
      readableIn(bytes, value).map((encoding) => `${name} as ${encoding}`),
    );
    expect(found).toEqual([]);
    // The raw 32 bytes of the data key, which no text encoding above would catch.
    expect(bytes.includes(account.owner.dataKey)).toBe(false);
  });
});
