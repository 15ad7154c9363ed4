import { afterEach, describe, expect, it, vi } from "vitest";
import type { SignedIn } from "@/lib/auth/sessions";
import { lockPlanFile } from "@/lib/crypto/plan-file";
import { bringBackCopy, previewCopy } from "@/lib/plan-store/plan-copies";
import { listRevisions, loadPlan } from "@/lib/plan-store/plan-store";
import { updatePlan } from "@/lib/plan-store/update-plan";
import { emptyPlan, type PlanValue } from "@/lib/plan/plan-schema";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const FILE_PASSPHRASE = "a copy kept in a drawer at work";

const withNote = (note: string) => (plan: PlanValue) => ({
  ...plan,
  entries: { ...plan.entries, notes: { ...plan.entries.notes, emergency: note } },
});

describe.each(dialects)("bringing back a locked copy on %s", (dialect) => {
  const database = useTestDatabase(dialect);
  afterEach(() => vi.useRealTimers());

  async function personWithCopy(locale?: string) {
    const { db } = database();
    const account = await signUp(db);
    const session: SignedIn = { ...account.owner, sessionRowId: "this-session", previousSignInAt: null };
    await updatePlan(session, { change: withNote("as it is now") }, db);
    const file = await lockPlanFile(withNote("from the copy")(emptyPlan()), FILE_PASSPHRASE);
    const opened = await previewCopy(session, file, FILE_PASSPHRASE, db, locale);
    if (!("preview" in opened)) throw new Error("The copy did not open.");
    return { db, session, preview: opened.preview };
  }

  it("shows what the copy would change and replaces nothing until it is confirmed, keeping the plan first", async () => {
    const { db, session, preview } = await personWithCopy();

    expect(preview.changes).toEqual(["You changed your notes in “In an emergency”."]);
    expect(preview.same).toBe(false);
    expect(preview.token).not.toContain("from the copy");
    expect((await loadPlan(db, session)).value.entries.notes.emergency).toBe("as it is now");

    expect(await bringBackCopy(session, preview.token, db)).toEqual({ ok: true });
    expect((await loadPlan(db, session)).value.entries.notes.emergency).toBe("from the copy");
    const history = await listRevisions(db, session);
    expect(history.map((revision) => [revision.value.reason, revision.value.plan.entries.notes.emergency])).toEqual([
      ["import", "from the copy"],
      ["before-import", "as it is now"],
      ["save", "as it is now"],
    ]);
  });

  it("says what the copy would change in the reader's language", async () => {
    const { preview } = await personWithCopy("fr-CA");
    expect(preview.changes).toEqual(["Vous avez modifié vos notes dans « En cas d'urgence »."]);
  });

  it("opens the sealed copy only in the session it was made for, and only for half an hour", async () => {
    const { db, session, preview } = await personWithCopy();
    const otherSession = { ...session, sessionRowId: "another-session" };

    expect(await bringBackCopy(otherSession, preview.token, db)).toEqual({ ok: false, problem: "expired" });
    const tampered = preview.token.replace(/"ct":"(.)/, (_all, first: string) => `"ct":"${first === "A" ? "B" : "A"}`);
    expect(await bringBackCopy(session, tampered, db)).toEqual({
      ok: false,
      problem: "expired",
    });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 31 * 60_000 });
    expect(await bringBackCopy(session, preview.token, db)).toEqual({ ok: false, problem: "expired" });
    expect((await loadPlan(db, session)).value.entries.notes.emergency).toBe("as it is now");
  });

  it("replaces nothing when the plan changed since the preview, and shows what the copy would change now", async () => {
    const { db, session, preview } = await personWithCopy();
    await updatePlan(session, { change: (plan) => ({ ...plan, reviewBy: "2027-05-01" }) }, db);

    const answer = await bringBackCopy(session, preview.token, db);

    expect(answer).toMatchObject({ ok: false, problem: "changed" });
    expect(!answer.ok && "preview" in answer && answer.preview.changes).toEqual([
      "You changed your notes in “In an emergency”.",
      "You removed the date to review your plan.",
    ]);
    expect((await loadPlan(db, session)).value.reviewBy).toBe("2027-05-01");
    expect(await bringBackCopy(session, (answer as { preview: { token: string } }).preview.token, db)).toEqual({
      ok: true,
    });
  });
});
