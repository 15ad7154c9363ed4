import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decidedBefore, keepingDue, versionsToLetGo, weekStartOf } from "@/lib/plan/snapshot-keeping";

const at = (iso: string) => new Date(iso);
const version = (id: string, iso: string) => ({ id, savedAt: at(iso) });
// A Thursday.
const now = at("2026-12-03T14:00:00.000Z");

describe("which earlier versions are kept", () => {
  it("weeks start on Monday at midnight UTC, and a Sunday belongs to the week before", () => {
    expect(weekStartOf(at("2026-12-03T14:00:00.000Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekStartOf(at("2026-11-29T23:59:59.999Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(weekStartOf(at("2026-11-30T00:00:00.000Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("keeps every version from the last 30 days, however many there are", () => {
    const recent = Array.from({ length: 40 }, (_, i) =>
      version(`v${i}`, new Date(now.getTime() - i * 17 * 60 * 60_000).toISOString()),
    );
    expect(versionsToLetGo(recent, now)).toEqual([]);
  });

  it("keeps only the last version of each older week", () => {
    const versions = [
      version("monday", "2026-10-05T09:00:00.000Z"),
      version("wednesday", "2026-10-07T09:00:00.000Z"),
      version("sunday-night", "2026-10-11T23:30:00.000Z"),
      version("next-monday", "2026-10-12T00:10:00.000Z"),
      version("alone-in-its-week", "2026-09-22T12:00:00.000Z"),
    ];
    expect(versionsToLetGo(versions, now).sort()).toEqual(["monday", "wednesday"]);
  });

  it("lets an old version go when a later one in its week is still recent", () => {
    // 30 days before now is Tuesday 3 November; the week began Monday 2 November.
    const versions = [version("old-monday", "2026-11-02T10:00:00.000Z"), version("recent", "2026-11-05T10:00:00.000Z")];
    expect(versionsToLetGo(versions, now)).toEqual(["old-monday"]);
    expect(decidedBefore(now).toISOString()).toBe("2026-11-09T00:00:00.000Z");
  });

  it("lets nothing more go when applied again to what it kept, and keeps one version in every week that had one", () => {
    const moment = fc.integer({ min: now.getTime() - 200 * 86_400_000, max: now.getTime() });
    fc.assert(
      fc.property(fc.uniqueArray(moment, { maxLength: 60 }), (times) => {
        const versions = times.map((time, i) => ({ id: `v${i}`, savedAt: new Date(time) }));
        const gone = new Set(versionsToLetGo(versions, now));
        const kept = versions.filter((v) => !gone.has(v.id));
        expect(versionsToLetGo(kept, now)).toEqual([]);
        const weeks = (list: typeof versions) => new Set(list.map((v) => weekStartOf(v.savedAt).getTime()));
        expect(weeks(kept)).toEqual(weeks(versions));
        expect(versions.filter((v) => v.savedAt >= decidedBefore(now)).every((v) => !gone.has(v.id))).toBe(true);
      }),
    );
  });

  it("is due once a day", () => {
    expect(keepingDue(undefined, now)).toBe(true);
    expect(keepingDue("2026-12-03", now)).toBe(false);
    expect(keepingDue("2026-12-02", now)).toBe(true);
  });
});
