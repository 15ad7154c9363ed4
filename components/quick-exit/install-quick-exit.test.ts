import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EXIT_URL, openTestPage, type TestPage } from "./quick-exit-test-page";

let page: TestPage;
let replace: TestPage["replace"];
let sendBeacon: TestPage["sendBeacon"];
const press = (key: string, shiftKey?: boolean) => page.press(key, shiftKey);
const release = (key: string) => page.release(key);
const tapShift = () => page.tapShift();
const click = (selector: string) => page.click(selector);
const showPage = (init: { persisted: boolean }) => page.showPage(init);
const announcement = () => page.announcement();
const main = () => page.main();

beforeEach(() => {
  vi.useFakeTimers();
  page = openTestPage();
  ({ replace, sendBeacon } = page);
});

afterEach(async () => {
  vi.useRealTimers();
  await page.close();
});

describe("quick exit by the button", () => {
  it("covers the page, starts to leave, then tells the server by a beacon as the page goes", () => {
    const order: string[] = [];
    replace.mockImplementation(() => order.push(main().style.display === "none" ? "replace-after-hide" : "replace"));
    sendBeacon.mockImplementation(() => order.push("beacon") > 0);
    click("span");
    expect(order).toEqual(["replace-after-hide"]);
    page.hidePage();
    expect(order).toEqual(["replace-after-hide", "beacon"]);
    expect(replace).toHaveBeenCalledWith(EXIT_URL);
    expect(sendBeacon).toHaveBeenCalledWith("/exit");
    expect(page.fetch).not.toHaveBeenCalled();
    expect(page.document.getElementById("quick-exit-overlay")).not.toBeNull();
  });

  it("tells the server by a request that outlives the page where the browser queues no beacon", () => {
    sendBeacon.mockImplementation(() => false);
    click("span");
    page.hidePage();
    expect(page.fetch).toHaveBeenCalledWith("/exit", { method: "POST", keepalive: true, credentials: "same-origin" });
  });

  it("still leaves when the server cannot be told at all", () => {
    page.fetch.mockImplementation(() => {
      throw new TypeError("blocked");
    });
    sendBeacon.mockImplementation(() => {
      throw new TypeError("blocked");
    });
    click("a");
    page.hidePage();
    expect(replace).toHaveBeenCalledWith(EXIT_URL);
  });

  it("tells the server once, and a page brought back afterwards does not sign the person out when left", () => {
    click("span");
    page.hidePage();
    showPage({ persisted: true });
    page.hidePage();
    expect(sendBeacon).toHaveBeenCalledTimes(1);
  });

  it("tells the server nothing when a page is left without a quick exit", () => {
    page.hidePage();
    expect(sendBeacon).not.toHaveBeenCalled();
    expect(page.fetch).not.toHaveBeenCalled();
  });
});

describe("where quick exit leaves for", () => {
  it("follows the site the page's quick-exit links name now, which the server redraws after sign-in or a new choice", () => {
    page.document.querySelector("[data-quick-exit]")?.setAttribute("data-quick-exit", "https://weather.example/");
    click("span");
    expect(replace).toHaveBeenCalledWith("https://weather.example/");
  });

  it("uses it for Shift pressed three times too", () => {
    page.document.querySelector("[data-quick-exit]")?.setAttribute("data-quick-exit", "https://weather.example/");
    tapShift();
    tapShift();
    tapShift();
    expect(replace).toHaveBeenCalledWith("https://weather.example/");
  });

  it("falls back to the site it was given when the links name none, or name something that is not a web address", () => {
    const link = page.document.querySelector("[data-quick-exit]");
    link?.setAttribute("data-quick-exit", "javascript:alert(1)");
    click("span");
    expect(replace).toHaveBeenCalledWith(EXIT_URL);
  });
});

describe("quick exit by pressing Shift three times", () => {
  it("leaves on the third press and announces the presses left before that", () => {
    tapShift();
    expect(announcement()).toBe("Quick exit: press Shift 2 more times to leave this site.");
    tapShift();
    expect(announcement()).toBe("Quick exit: press Shift 1 more time to leave this site.");
    expect(replace).not.toHaveBeenCalled();
    tapShift();
    expect(replace).toHaveBeenCalledWith(EXIT_URL);
  });

  it("does not count Shift used to type a capital letter", () => {
    tapShift();
    press("Shift");
    press("A", true);
    release("A");
    release("Shift");
    tapShift();
    tapShift();
    expect(replace).not.toHaveBeenCalled();
  });

  it("starts counting again after a gap of more than five seconds", () => {
    tapShift();
    tapShift();
    vi.advanceTimersByTime(5001);
    tapShift();
    expect(replace).not.toHaveBeenCalled();
    expect(announcement()).toBe("Quick exit: press Shift 2 more times to leave this site.");
  });

  it("counts presses up to five seconds apart", () => {
    tapShift();
    vi.advanceTimersByTime(5000);
    tapShift();
    vi.advanceTimersByTime(5000);
    tapShift();
    expect(replace).toHaveBeenCalledOnce();
  });

  it("resets when another key is pressed between presses", () => {
    tapShift();
    tapShift();
    press("a", false);
    tapShift();
    expect(replace).not.toHaveBeenCalled();
    expect(announcement()).toBe("Quick exit: press Shift 2 more times to leave this site.");
  });
});

describe("links inside the site leave no history entry behind", () => {
  function clickLink(id: string, init: { ctrlKey?: boolean; button?: number } = {}) {
    const event = new page.window.MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init });
    page.document.getElementById(id)?.dispatchEvent(event);
    return event;
  }

  it("a link in a guidance text replaces the current entry", () => {
    expect(clickLink("in-text").defaultPrevented).toBe(true);
    expect(replace).toHaveBeenCalledWith("http://localhost/guide/abc");
  });

  it("a skip link replaces the entry too, and moves focus to where it points", () => {
    clickLink("skip");
    expect(replace).toHaveBeenCalledWith("http://localhost/#main-content");
    expect(page.document.activeElement).toBe(main());
  });

  it("leaves alone links React follows itself, links to other sites, and a click meant for a new tab", () => {
    page.document.getElementById("react-link")?.addEventListener("click", (event) => event.preventDefault());
    clickLink("react-link");
    expect(clickLink("away").defaultPrevented).toBe(false);
    expect(clickLink("in-text", { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(clickLink("in-text", { button: 1 }).defaultPrevented).toBe(false);
    expect(replace).not.toHaveBeenCalled();
  });
});

describe("a page brought back from the back/forward cache", () => {
  it("shows a locked screen instead of the content", () => {
    showPage({ persisted: true });
    expect(main().style.display).toBe("none");
    const overlay = page.document.getElementById("quick-exit-overlay");
    expect(overlay?.textContent).toContain("This page was closed.");
    expect(overlay?.querySelector("a")?.getAttribute("href")).toBe("/");
  });

  it("shows the page as usual on a normal load", () => {
    showPage({ persisted: false });
    expect(page.document.getElementById("quick-exit-overlay")).toBeNull();
  });
});
