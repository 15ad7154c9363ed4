import { Window } from "happy-dom";
import { vi } from "vitest";
import { installQuickExit } from "./install-quick-exit";
import { QUICK_EXIT_LIVE_REGION_ID, quickExitMessages } from "./quick-exit-messages";

export const EXIT_URL = "https://neutral.example/";

/**
 * A page with the quick exit installed from its source text, exactly as the page ships it, in a
 * fresh window; `location.replace`, `fetch` and `sendBeacon` are recorded instead of leaving.
 */
export function openTestPage() {
  const window = new Window({ url: "http://localhost/" });
  const document = window.document;
  document.body.innerHTML = `
    <a href="/exit" data-quick-exit><span>Quick exit</span></a>
    <main id="main-content" tabindex="-1">Private plan <a href="/guide/abc" id="in-text">a guide</a>
      <a href="#main-content" id="skip">skip</a> <a href="https://elsewhere.example/" id="away">away</a>
      <a href="/planner" id="react-link">plan</a></main>
    <div id="${QUICK_EXIT_LIVE_REGION_ID}" role="status"></div>`;
  const replace = vi.fn();
  const fetch = vi.fn(() => Promise.resolve());
  const sendBeacon = vi.fn(() => true);
  const options = {
    exitUrl: EXIT_URL,
    beaconUrl: "/exit",
    liveRegionId: QUICK_EXIT_LIVE_REGION_ID,
    homeUrl: "/",
    messages: quickExitMessages,
  };
  const source = `(${installQuickExit.toString()})(${JSON.stringify(options)});`;
  const location = { replace, protocol: "http:", host: "localhost", pathname: "/", search: "" };
  const browserWindow = {
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
    location,
  };
  new Function("window", "document", "navigator", "fetch", source)(browserWindow, document, { sendBeacon }, fetch);

  const press = (key: string, shiftKey = key === "Shift") =>
    document.dispatchEvent(new window.KeyboardEvent("keydown", { key, shiftKey, bubbles: true }));
  const release = (key: string) => document.dispatchEvent(new window.KeyboardEvent("keyup", { key, bubbles: true }));
  return {
    window,
    document,
    replace,
    fetch,
    sendBeacon,
    press,
    release,
    tapShift: () => {
      press("Shift");
      release("Shift");
    },
    click: (selector: string) =>
      document
        .querySelector(selector)
        ?.dispatchEvent(new window.MouseEvent("click", { bubbles: true, cancelable: true })),
    /** happy-dom's PageTransitionEvent lacks `persisted`, so the event carries it by hand. */
    showPage: ({ persisted }: { persisted: boolean }) => {
      const event = new window.Event("pageshow");
      Object.defineProperty(event, "persisted", { value: persisted });
      window.dispatchEvent(event);
    },
    /** The page going away: after a navigation has started, or into the back/forward cache. */
    hidePage: () => window.dispatchEvent(new window.Event("pagehide")),
    announcement: () => document.getElementById(QUICK_EXIT_LIVE_REGION_ID)?.textContent ?? "",
    liveRegion: () => document.getElementById(QUICK_EXIT_LIVE_REGION_ID) as unknown as HTMLElement,
    main: () => document.querySelector("main") as unknown as HTMLElement,
    close: () => window.happyDOM.close(),
  };
}

export type TestPage = ReturnType<typeof openTestPage>;
