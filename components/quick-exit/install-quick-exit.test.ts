import { Window } from "happy-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installQuickExit } from "./install-quick-exit";
import { QUICK_EXIT_LIVE_REGION_ID, quickExitMessages } from "./quick-exit-messages";

const EXIT_URL = "https://neutral.example/";
let window: Window;
let document: Window["document"];
let replace: ReturnType<typeof vi.fn>;
let sendBeacon: ReturnType<typeof vi.fn>;

function press(key: string, shiftKey = key === "Shift") {
  document.dispatchEvent(new window.KeyboardEvent("keydown", { key, shiftKey, bubbles: true }));
}

function release(key: string) {
  document.dispatchEvent(new window.KeyboardEvent("keyup", { key, bubbles: true }));
}

function tapShift() {
  press("Shift");
  release("Shift");
}

function click(selector: string) {
  document.querySelector(selector)?.dispatchEvent(new window.MouseEvent("click", { bubbles: true, cancelable: true }));
}

/** happy-dom's PageTransitionEvent lacks `persisted`, so the event carries it by hand. */
function showPage({ persisted }: { persisted: boolean }) {
  const event = new window.Event("pageshow");
  Object.defineProperty(event, "persisted", { value: persisted });
  window.dispatchEvent(event);
}

function announcement() {
  return document.getElementById(QUICK_EXIT_LIVE_REGION_ID)?.textContent ?? "";
}

function main() {
  return document.querySelector("main") as unknown as HTMLElement;
}

/** Runs the installer from its source text, exactly as the page ships it, in a fresh window. */
function installAsShipped() {
  const options = {
    exitUrl: EXIT_URL,
    beaconUrl: "/exit",
    liveRegionId: QUICK_EXIT_LIVE_REGION_ID,
    homeUrl: "/",
    messages: quickExitMessages,
  };
  const source = `(${installQuickExit.toString()})(${JSON.stringify(options)});`;
  const location = { replace, protocol: "http:", host: "localhost", pathname: "/", search: "" };
  const browserWindow = { addEventListener: window.addEventListener.bind(window), location };
  new Function("window", "document", "navigator", source)(browserWindow, document, { sendBeacon });
}

beforeEach(() => {
  vi.useFakeTimers();
  window = new Window({ url: "http://localhost/" });
  document = window.document;
  document.body.innerHTML = `
    <a href="/exit" data-quick-exit><span>Quick exit</span></a>
    <main id="main-content" tabindex="-1">Private plan <a href="/guide/abc" id="in-text">a guide</a>
      <a href="#main-content" id="skip">skip</a> <a href="https://elsewhere.example/" id="away">away</a>
      <a href="/planner" id="react-link">plan</a></main>
    <div id="${QUICK_EXIT_LIVE_REGION_ID}" role="status"></div>`;
  replace = vi.fn();
  sendBeacon = vi.fn(() => true);
  installAsShipped();
});

afterEach(async () => {
  vi.useRealTimers();
  await window.happyDOM.close();
});

describe("quick exit by the button", () => {
  it("covers the page, tells the server, then replaces the history entry", () => {
    const order: string[] = [];
    sendBeacon.mockImplementation(() => {
      order.push(main().style.display === "none" ? "beacon-after-hide" : "beacon");
      return true;
    });
    replace.mockImplementation(() => order.push("replace"));
    click("span");
    expect(order).toEqual(["beacon-after-hide", "replace"]);
    expect(replace).toHaveBeenCalledWith(EXIT_URL);
    expect(sendBeacon).toHaveBeenCalledWith("/exit");
    expect(document.getElementById("quick-exit-overlay")).not.toBeNull();
  });

  it("still leaves when the beacon cannot be sent", () => {
    sendBeacon.mockImplementation(() => {
      throw new TypeError("blocked");
    });
    click("a");
    expect(replace).toHaveBeenCalledWith(EXIT_URL);
  });
});

describe("where quick exit leaves for", () => {
  it("follows the site the page's quick-exit links name now, which the server redraws after sign-in or a new choice", () => {
    document.querySelector("[data-quick-exit]")?.setAttribute("data-quick-exit", "https://weather.example/");
    click("span");
    expect(replace).toHaveBeenCalledWith("https://weather.example/");
  });

  it("uses it for Shift pressed three times too", () => {
    document.querySelector("[data-quick-exit]")?.setAttribute("data-quick-exit", "https://weather.example/");
    tapShift();
    tapShift();
    tapShift();
    expect(replace).toHaveBeenCalledWith("https://weather.example/");
  });

  it("falls back to the site it was given when the links name none, or name something that is not a web address", () => {
    const link = document.querySelector("[data-quick-exit]");
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
    const event = new window.MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init });
    document.getElementById(id)?.dispatchEvent(event);
    return event;
  }

  it("a link in a guidance text replaces the current entry", () => {
    expect(clickLink("in-text").defaultPrevented).toBe(true);
    expect(replace).toHaveBeenCalledWith("http://localhost/guide/abc");
  });

  it("a skip link replaces the entry too, and moves focus to where it points", () => {
    clickLink("skip");
    expect(replace).toHaveBeenCalledWith("http://localhost/#main-content");
    expect(document.activeElement).toBe(main());
  });

  it("leaves alone links React follows itself, links to other sites, and a click meant for a new tab", () => {
    document.getElementById("react-link")?.addEventListener("click", (event) => event.preventDefault());
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
    const overlay = document.getElementById("quick-exit-overlay");
    expect(overlay?.textContent).toContain("This page was closed.");
    expect(overlay?.querySelector("a")?.getAttribute("href")).toBe("/");
  });

  it("shows the page as usual on a normal load", () => {
    showPage({ persisted: false });
    expect(document.getElementById("quick-exit-overlay")).toBeNull();
  });
});
