import { describe, expect, it } from "vitest";
import { reviewByFormSchema } from "@/lib/forms/plan-form-schemas";
import { REVIEW_DATE_PASSED } from "@/lib/plan/plan-schema";
import { earliestReviewDate } from "@/lib/plan/review-due";

const NOON_UTC = new Date("2026-11-22T12:00:00Z");

function sent(pairs: Record<string, string>) {
  const form = new FormData();
  form.append("version", "3");
  for (const [name, value] of Object.entries(pairs)) form.append(name, value);
  return reviewByFormSchema.safeParse(form);
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe("the earliest review date is the person's own today", () => {
  it("believes the browser's date within a day of the server's", () => {
    expect(earliestReviewDate(NOON_UTC, "2026-11-21")).toBe("2026-11-21");
    expect(earliestReviewDate(NOON_UTC, "2026-11-23")).toBe("2026-11-23");
    expect(earliestReviewDate(NOON_UTC, "2026-11-22")).toBe("2026-11-22");
  });

  it("without a believable browser date, allows yesterday by the server's clock, never earlier", () => {
    expect(earliestReviewDate(NOON_UTC)).toBe("2026-11-21");
    expect(earliestReviewDate(NOON_UTC, "2026-11-01")).toBe("2026-11-21");
    expect(earliestReviewDate(NOON_UTC, "not a date")).toBe("2026-11-21");
  });
});

describe("the review date form", () => {
  it("refuses a date that has passed, with its message on the field", () => {
    const result = sent({ reviewBy: isoDay(-7), today: isoDay(0) });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["reviewBy", REVIEW_DATE_PASSED],
    ]);
    expect(sent({ reviewBy: isoDay(-7) }).success).toBe(false);
  });

  it("saves today or a later day, or an empty box", () => {
    expect(sent({ reviewBy: isoDay(0), today: isoDay(0) }).data).toEqual({ reviewBy: isoDay(0), version: 3 });
    expect(sent({ reviewBy: isoDay(0) }).data?.reviewBy).toBe(isoDay(0));
    expect(sent({ reviewBy: isoDay(40) }).data?.reviewBy).toBe(isoDay(40));
    expect(sent({ reviewBy: "" }).data).toEqual({ reviewBy: undefined, version: 3 });
  });

  it("refuses what is not a date", () => {
    expect(sent({ reviewBy: "2026-02-30" }).error?.issues[0]?.message).toBe("pickDate");
  });
});
