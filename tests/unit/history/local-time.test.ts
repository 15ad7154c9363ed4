import { describe, expect, it } from "vitest";
import { describeTime, describeTimeIn, exactTime, isTimeZone } from "@/lib/site/describe-time";
import { displaySettingsSchema, timeZoneForm } from "@/lib/settings/display-settings";

const when = new Date("2026-12-01T10:00:00.000Z");
const later = new Date("2026-12-01T13:00:00.000Z");

describe("times in the person's own time zone", () => {
  it("shows the time where the person is, without calling it UTC", () => {
    expect(exactTime(when, "America/Vancouver")).toBe("Dec 1, 2026, 2:00 a.m.");
    expect(exactTime(when, "America/Toronto")).toBe("Dec 1, 2026, 5:00 a.m.");
    expect(exactTime(when, "Asia/Kolkata")).toBe("Dec 1, 2026, 3:30 p.m.");
    expect(describeTimeIn(when, "America/Halifax", later)).toBe("3 hours ago (Dec 1, 2026, 6:00 a.m.)");
  });

  it("crosses the date line where the zone does", () => {
    expect(exactTime(new Date("2026-12-01T23:30:00.000Z"), "Pacific/Auckland")).toBe("Dec 2, 2026, 12:30 p.m.");
  });

  it("labels the time UTC whenever the zone is unknown, UTC itself, or not a zone, so it is never taken for local", () => {
    for (const zone of [undefined, "UTC", "Etc/UTC", "GMT", "Not/AZone"]) {
      expect(exactTime(when, zone)).toBe("Dec 1, 2026, 10:00 a.m. UTC");
    }
    expect(describeTime(when, later)).toBe("3 hours ago (Dec 1, 2026, 10:00 a.m. UTC)");
  });

  it("keeps only zones this server can format in", () => {
    expect(isTimeZone("America/St_Johns")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    const stored = (name: string) => displaySettingsSchema.safeParse({ timeZone: { name, chosen: true } }).success;
    expect(stored("Europe/Paris")).toBe(true);
    expect(stored("Mars/Olympus_Mons")).toBe(false);
    expect(stored("<script>")).toBe(false);
    expect(timeZoneForm.safeParse({ timeZone: "browser" }).success).toBe(true);
    expect(timeZoneForm.safeParse({ timeZone: "x".repeat(65) }).success).toBe(false);
  });
});
