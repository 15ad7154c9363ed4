"use client";

import { createContext, useContext, type ReactNode } from "react";
import english from "@/messages/en/shell.json";

export type ErrorWords = typeof english.error;

const Words = createContext<ErrorWords>(english.error);

/** The error page runs in the browser; the layout hands it its words in the page's language. */
export function ErrorWordsProvider({ words, children }: { words: ErrorWords; children: ReactNode }) {
  return <Words.Provider value={words}>{children}</Words.Provider>;
}

export function useErrorWords(): ErrorWords {
  return useContext(Words);
}
