import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EXIT_URL, openTestPage, type TestPage } from "./quick-exit-test-page";

const TWO_LEFT = "Quick exit: press Shift 2 more times to leave this site.";
const ONE_LEFT = "Quick exit: press Shift 1 more time to leave this site.";
const LEAVING = "Quick exit: leaving this site.";
const RESET = "Quick exit: the Shift presses have been reset.";

let page: TestPage;

beforeEach(() => {
  vi.useFakeTimers();
  page = openTestPage();
});

afterEach(async () => {
  vi.useRealTimers();
  await page.close();
});

describe("what a screen reader hears", () => {
  it("hears that the site is being left, from a region still there while the page is covered", () => {
    page.tapShift();
    page.tapShift();
    page.tapShift();
    expect(page.announcement()).toBe(LEAVING);
    expect(page.main().style.display).toBe("none");
    expect(page.liveRegion().style.display).not.toBe("none");
  });

  it("hears it after the button too", () => {
    page.click("span");
    expect(page.announcement()).toBe(LEAVING);
  });

  it("hears that the count has reset five seconds after the last press, then silence", () => {
    page.tapShift();
    page.tapShift();
    vi.advanceTimersByTime(5000);
    expect(page.announcement()).toBe(ONE_LEFT);
    vi.advanceTimersByTime(1);
    expect(page.announcement()).toBe(RESET);
    vi.advanceTimersByTime(5000);
    expect(page.announcement()).toBe("");

    page.tapShift();
    expect(page.announcement()).toBe(TWO_LEFT);
    expect(page.replace).not.toHaveBeenCalled();
  });

  it("hears no reset when the next press comes in time", () => {
    page.tapShift();
    vi.advanceTimersByTime(4900);
    page.tapShift();
    vi.advanceTimersByTime(4900);
    expect(page.announcement()).toBe(ONE_LEFT);
    page.tapShift();
    vi.advanceTimersByTime(20_000);
    expect(page.announcement()).toBe(LEAVING);
    expect(page.replace).toHaveBeenCalledWith(EXIT_URL);
  });

  it("hears silence, and no reset later, once another key breaks the count", () => {
    page.tapShift();
    page.press("a", false);
    expect(page.announcement()).toBe("");
    vi.advanceTimersByTime(20_000);
    expect(page.announcement()).toBe("");
  });

  it("hears nothing left over on a page brought back from the back/forward cache, where quick exit works again", () => {
    page.click("span");
    page.showPage({ persisted: true });
    expect(page.announcement()).toBe("");
    expect(page.document.getElementById("quick-exit-overlay")?.textContent).toContain("This page was closed.");

    page.replace.mockClear();
    page.tapShift();
    page.tapShift();
    page.tapShift();
    expect(page.replace).toHaveBeenCalledWith(EXIT_URL);
    expect(page.announcement()).toBe(LEAVING);
  });
});
