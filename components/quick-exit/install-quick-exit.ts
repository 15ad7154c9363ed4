export type QuickExitOptions = {
  /**
   * The neutral site that replaces this page in the history, when the page names none: each
   * quick-exit link carries the current one in `data-quick-exit`, which the server re-renders as the
   * person signs in, signs out or changes it, long after this script ran.
   */
  exitUrl: string;
  /** Our own route that ends the session on the server. */
  beaconUrl: string;
  /** id of the visually hidden live region that announces the Shift count and the exit. */
  liveRegionId: string;
  /** Where "Start again" on the locked screen leads. */
  homeUrl: string;
  messages: {
    /** Indexed by how many presses are left: [unused, one left, two left]. */
    pressesLeft: string[];
    /** Said on activation, while the page is covered. */
    leaving: string;
    /** Said when five seconds pass after a press without the exit. */
    reset: string;
    locked: string;
    startAgain: string;
  };
};

/**
 * Wires the quick exit into the document. Sent to the browser as an inline script with
 * `installQuickExit.toString()`, so it works before React loads: it must use nothing from
 * outside its own body and only browser APIs old phones have.
 */
export function installQuickExit(options: QuickExitOptions): void {
  var PRESSES_TO_EXIT = 3;
  var MAX_GAP_MS = 5000;
  var OVERLAY_ID = "quick-exit-overlay";
  var doc = document;
  var presses = 0;
  var lastPressAt = 0;
  var shiftHeld = false;
  var otherKeyWithShift = false;
  var exiting = false;
  var announcementTimer: ReturnType<typeof setTimeout> | undefined;

  function announce(text: string) {
    clearTimeout(announcementTimer);
    var region = doc.getElementById(options.liveRegionId);
    if (region) region.textContent = text;
  }

  /** Like GOV.UK's "Exit this page": the count lapses after the gap, is said to, then goes quiet. */
  function announcePressesLeft(text: string) {
    announce(text);
    // One millisecond past the gap, so a press at exactly five seconds still counts.
    announcementTimer = setTimeout(function () {
      presses = 0;
      announce(options.messages.reset);
      announcementTimer = setTimeout(announce, MAX_GAP_MS, "");
    }, MAX_GAP_MS + 1);
  }

  function cover(message: string, withStartAgain: boolean) {
    var overlay = doc.getElementById(OVERLAY_ID);
    if (!overlay) {
      overlay = doc.createElement("div");
      overlay.id = OVERLAY_ID;
      overlay.setAttribute("role", "status");
      overlay.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;background:#ffffff;color:#1f2937;" +
        "font:1.125rem/1.5 system-ui,sans-serif;padding:2rem";
      doc.body.appendChild(overlay);
    }
    overlay.textContent = message;
    if (withStartAgain) {
      var link = doc.createElement("a");
      link.href = options.homeUrl;
      link.textContent = options.messages.startAgain;
      link.style.display = "block";
      link.style.marginTop = "1rem";
      link.style.color = "#1d4ed8";
      overlay.appendChild(link);
    }
    var children = doc.body.children;
    for (var i = 0; i < children.length; i += 1) {
      var child = children[i] as HTMLElement;
      // The live region stays in the accessibility tree, so what it says is still heard.
      if (child !== overlay && child.id !== options.liveRegionId)
        child.style.setProperty("display", "none", "important");
    }
  }

  function destination(): string {
    var marked = doc.querySelector("[data-quick-exit]");
    var named = marked ? marked.getAttribute("data-quick-exit") : "";
    return named && /^https?:\/\//.test(named) ? named : options.exitUrl;
  }

  function exit(event?: Event) {
    if (event) event.preventDefault();
    if (exiting) return;
    exiting = true;
    // Order matters: the screen is clear, then the browser is leaving, then the server is told, as
    // the page goes. A request made in the same task as the navigation was lost when the next site
    // arrived quickly; a beacon sent while the page hides is what browsers keep beacons for.
    cover("", false);
    announce(options.messages.leaving);
    window.addEventListener("pagehide", endSession);
    window.location.replace(destination());
  }

  // Sessions also time out on the server, so leaving never waits for this.
  function endSession() {
    window.removeEventListener("pagehide", endSession);
    try {
      if (navigator.sendBeacon(options.beaconUrl)) return;
    } catch (_error) {
      // No beacons here: try a request that outlives the page.
    }
    try {
      fetch(options.beaconUrl, { method: "POST", keepalive: true, credentials: "same-origin" });
    } catch (_alsoError) {
      // Leaving must not wait for the server.
    }
  }

  function countShiftPress() {
    var now = Date.now();
    if (presses > 0 && now - lastPressAt > MAX_GAP_MS) presses = 0;
    presses += 1;
    lastPressAt = now;
    if (presses >= PRESSES_TO_EXIT) {
      exit();
      return;
    }
    announcePressesLeft(options.messages.pressesLeft[PRESSES_TO_EXIT - presses] || "");
  }

  function resetPresses() {
    if (presses > 0) announce("");
    presses = 0;
  }

  doc.addEventListener(
    "click",
    function (event) {
      var target = event.target as Element | null;
      if (target && target.closest && target.closest("[data-quick-exit]")) exit(event);
    },
    true,
  );

  // Links React does not handle (in guidance text, "skip to" links) would add history entries that
  // Back could show after an exit: follow them in place of the current entry instead, as AppLink does.
  // On window, so it runs after React (whose listener is on the document) has taken its own links.
  window.addEventListener("click", function (event) {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    var target = event.target as Element | null;
    var link = (target && target.closest ? target.closest("a[href]") : null) as HTMLAnchorElement | null;
    if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self")) return;
    if (link.protocol !== window.location.protocol || link.host !== window.location.host) return;
    event.preventDefault();
    window.location.replace(link.href);
    if (link.hash && link.pathname === window.location.pathname && link.search === window.location.search) {
      var destination = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (destination && destination.hasAttribute("tabindex")) destination.focus();
    }
  });

  doc.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) {
        shiftHeld = true;
        otherKeyWithShift = false;
      }
      return;
    }
    if (shiftHeld) otherKeyWithShift = true;
    resetPresses();
  });

  doc.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    var counts = shiftHeld && !otherKeyWithShift;
    shiftHeld = false;
    if (counts) countShiftPress();
  });

  // A page brought back from the back/forward cache may be one the person left in a hurry.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    // Restored after an exit, the page must not sign the person out the next time it is left.
    window.removeEventListener("pagehide", endSession);
    presses = 0;
    exiting = false;
    announce("");
    cover(options.messages.locked, true);
  });
}
