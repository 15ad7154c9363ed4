import { QUICK_EXIT_LIVE_REGION_ID } from "./quick-exit-messages";

/** Where screen readers hear how many more presses of Shift will leave the site. */
export function QuickExitAnnouncer() {
  return <div id={QUICK_EXIT_LIVE_REGION_ID} role="status" aria-live="polite" className="sr-only" />;
}
