/**
 * Runs in the page before any of its own scripts (addInitScript), identically for both quick
 * exits. Every time is performance.now() in the page, so no round trip to the bench is counted.
 * - trigger: the timestamp of the click, or of the third Shift release (the event's own time),
 *   and `dispatched`, when the page's first listener got it (the gap is input delay);
 * - hidden: the first animation frame after the main content stopped rendering, i.e. the frame
 *   that shows the cover instead of the page (noticed by a MutationObserver);
 * - navigation: the Navigation API's `navigate` event for the cross-document navigation, fired
 *   inside location.replace / location.href = (the router's same-document updates are ignored).
 * The result goes out as one console message: Playwright cannot evaluate in a page whose
 * navigation is under way, but the page's console still reaches it.
 * Kept as source text: tsx would wrap named functions in helpers the page does not have.
 */
export const EXIT_PROBE_PREFIX = "exit-probe ";

export const exitProbeSource = `(() => {
  var probe = { trigger: null, dispatched: null, domHidden: null, hidden: null, navigation: null, hiddenAtNavigation: null };
  window.__exitProbe = probe;
  function contentHidden() {
    var main = document.querySelector("main");
    return !!main && !main.checkVisibility();
  }
  function reportWhenDone() {
    if (probe.hidden !== null && probe.navigation !== null) console.log("${EXIT_PROBE_PREFIX}" + JSON.stringify(probe));
  }
  function check() {
    if (probe.domHidden !== null || !contentHidden()) return;
    probe.domHidden = performance.now();
    requestAnimationFrame(function () { probe.hidden = performance.now(); reportWhenDone(); });
  }
  function triggered(event) {
    probe.trigger = event.timeStamp;
    probe.dispatched = performance.now();
  }
  addEventListener("click", triggered, true);
  addEventListener("keyup", function (event) { if (event.key === "Shift") triggered(event); }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  navigation.addEventListener("navigate", function (event) {
    // Only the exit itself: not the router's own history updates, nor anything before the trigger.
    if (probe.navigation !== null || probe.trigger === null || event.destination.sameDocument) return;
    probe.navigation = performance.now();
    probe.hiddenAtNavigation = contentHidden();
    reportWhenDone();
    setTimeout(function () { if (probe.hidden === null) console.log("${EXIT_PROBE_PREFIX}" + JSON.stringify(probe)); }, 3000);
  });
})();`;

export type ExitProbe = {
  trigger: number | null;
  dispatched: number | null;
  domHidden: number | null;
  hidden: number | null;
  navigation: number | null;
  hiddenAtNavigation: boolean | null;
};
