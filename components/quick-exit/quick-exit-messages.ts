import english from "@/messages/en/shell.json";
import type { QuickExitOptions } from "./install-quick-exit";

export type QuickExitWords = typeof english.quickExit;

/** What the script says, in the page's language; it is handed these as data (it must stay self-contained). */
export function quickExitMessagesIn(words: QuickExitWords): QuickExitOptions["messages"] {
  return {
    pressesLeft: ["", words.pressOnce, words.pressTwice],
    leaving: words.leaving,
    reset: words.reset,
    locked: words.locked,
    startAgain: words.startAgain,
  };
}

export const quickExitMessages = quickExitMessagesIn(english.quickExit);

export const QUICK_EXIT_LIVE_REGION_ID = "quick-exit-announcer";
