import { describe, expect, it } from "vitest";
import { createBrief, deleteExpiredBriefs, listBriefs, revokeAllBriefs, revokeBrief } from "@/lib/brief-store/briefs";
import { openBriefByCode, openBriefByLink } from "@/lib/brief-store/open-brief";
import { openSealedBrief } from "@/lib/helper-briefs/brief-cipher";
import { distinctiveBrief, makeBrief } from "./support/test-briefs";
import { newClientKey, signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const DAY = 24 * 60 * 60 * 1000;
const at = (start: Date, days: number) => new Date(start.getTime() + days * DAY);

describe.each(dialects)("helper briefs on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("opens by link in the helper's browser and by code on the server, and her list shows when", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const made = new Date("2026-12-01T10:00:00Z");
    const brief = await makeBrief(db, owner, { now: made });
    expect(brief.expiresAt).toEqual(at(made, 30));
    const [listed] = await listBriefs(db, owner, made);
    expect(listed).toEqual({
      id: brief.id,
      label: brief.label,
      parts: ["canDo", "signal", "place", "ownWords"],
      roles: ["code-word", "keep-go-bag"],
      createdAt: made,
      expiresAt: at(made, 30),
      lastOpenedAt: null,
    });

    const byLink = await openBriefByLink(db, brief.link.linkId, newClientKey(), at(made, 1));
    if (!byLink.ok) throw new Error("The link did not open its brief.");
    expect(await openSealedBrief(byLink.sealed, brief.link.key)).toEqual(brief.content);
    expect((await listBriefs(db, owner, at(made, 1)))[0]?.lastOpenedAt).toEqual(at(made, 1));

    const typed = ` ${brief.code.toLowerCase().replace(/-/g, " ")} `;
    expect(await openBriefByCode(db, typed, newClientKey(), at(made, 2))).toEqual({ ok: true, content: brief.content });
    expect((await listBriefs(db, owner, at(made, 2)))[0]?.lastOpenedAt).toEqual(at(made, 2));
  });

  it("lists only her own briefs, newest first", async () => {
    const { db } = database();
    const her = await signUp(db);
    const other = await signUp(db);
    const first = await makeBrief(db, her.owner, { now: new Date("2026-12-01T10:00:00Z") });
    const second = await makeBrief(db, her.owner, { now: new Date("2026-12-02T10:00:00Z") });
    await makeBrief(db, other.owner);

    expect((await listBriefs(db, her.owner, new Date("2026-12-03T10:00:00Z"))).map((brief) => brief.id)).toEqual([
      second.id,
      first.id,
    ]);
  });

  it("deletes a revoked brief: its row goes, and its link and code open nothing", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const kept = await makeBrief(db, owner);

    expect(await revokeBrief(db, owner, brief.id)).toBe(true);

    expect(await db.helperBrief.count({ where: { id: brief.id } })).toBe(0);
    expect(await openBriefByLink(db, brief.link.linkId, newClientKey())).toStrictEqual({ ok: false });
    expect(await openBriefByCode(db, brief.code, newClientKey())).toStrictEqual({ ok: false });
    expect(await revokeBrief(db, owner, brief.id)).toBe(false);
    expect((await openBriefByLink(db, kept.link.linkId, newClientKey())).ok).toBe(true);
  });

  it("lets nobody else revoke her brief: another person's try is answered like an unknown id", async () => {
    const { db } = database();
    const her = await signUp(db);
    const other = await signUp(db);
    const brief = await makeBrief(db, her.owner);

    expect(await revokeBrief(db, other.owner, brief.id)).toBe(false);
    expect(await revokeBrief(db, other.owner, "no-such-brief")).toBe(false);
    expect(await revokeAllBriefs(db, other.owner)).toBe(0);

    expect((await openBriefByLink(db, brief.link.linkId, newClientKey())).ok).toBe(true);
    expect(await listBriefs(db, her.owner)).toHaveLength(1);
  });

  it("revokes all of hers at once, and none of anyone else's", async () => {
    const { db } = database();
    const her = await signUp(db);
    const other = await signUp(db);
    const hers = [await makeBrief(db, her.owner), await makeBrief(db, her.owner), await makeBrief(db, her.owner)];
    const theirs = await makeBrief(db, other.owner);

    expect(await revokeAllBriefs(db, her.owner)).toBe(3);

    expect(await db.helperBrief.count({ where: { userId: her.userId } })).toBe(0);
    for (const brief of hers) {
      expect(await openBriefByLink(db, brief.link.linkId, newClientKey())).toStrictEqual({ ok: false });
    }
    expect(await listBriefs(db, her.owner)).toEqual([]);
    expect((await openBriefByLink(db, theirs.link.linkId, newClientKey())).ok).toBe(true);
  });

  it("deletes a brief when its time comes, whether it is opened, listed or swept", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const made = new Date("2026-12-01T10:00:00Z");
    const opened = await makeBrief(db, owner, { now: made, days: 7 });
    const listed = await makeBrief(db, owner, { now: made, days: 30 });
    const swept = await makeBrief(db, owner, { now: made, days: 90 });
    const lasting = await makeBrief(db, owner, { now: made, days: 365 });

    expect((await openBriefByLink(db, opened.link.linkId, newClientKey(), at(made, 6.9))).ok).toBe(true);
    expect(await openBriefByLink(db, opened.link.linkId, newClientKey(), at(made, 7))).toStrictEqual({ ok: false });
    expect(await db.helperBrief.count({ where: { id: opened.id } })).toBe(0);

    expect((await listBriefs(db, owner, at(made, 30))).map((brief) => brief.id).sort()).toEqual(
      [swept.id, lasting.id].sort(),
    );
    expect(await db.helperBrief.count({ where: { id: listed.id } })).toBe(0);

    expect(await deleteExpiredBriefs(db, at(made, 91))).toBe(1);
    expect(await db.helperBrief.count({ where: { id: swept.id } })).toBe(0);
    expect(await openBriefByCode(db, swept.code, newClientKey(), at(made, 91))).toStrictEqual({ ok: false });
    expect((await openBriefByLink(db, lasting.link.linkId, newClientKey(), at(made, 364))).ok).toBe(true);
  });

  it("refuses an expiry past a year, an empty label and parts it does not know", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await expect(makeBrief(db, owner, { days: 366 })).rejects.toThrow();
    const { content } = distinctiveBrief();
    const emptyLabel = { label: " ", parts: [], roles: [], content, days: 30 };
    await expect(createBrief(db, owner, emptyLabel)).rejects.toThrow();
    await expect(createBrief(db, owner, { ...emptyLabel, label: "Sam", parts: ["names"] })).rejects.toThrow();
    expect(await db.helperBrief.count()).toBe(0);
  });
});
