import type { QuickExitOptions } from "./install-quick-exit";

export const quickExitMessages: QuickExitOptions["messages"] = {
  pressesLeft: [
    "",
    "Quick exit: press Shift 1 more time to leave this site.",
    "Quick exit: press Shift 2 more times to leave this site.",
  ],
  leaving: "",
  locked: "This page was closed.",
  startAgain: "Open the home page",
};

export const QUICK_EXIT_LIVE_REGION_ID = "quick-exit-announcer";
