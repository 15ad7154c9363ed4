"use client";

import { useErrorWords } from "@/components/errors/error-words";
import { SomethingWentWrong } from "@/components/errors/something-went-wrong";

/** Shown when a page fails. It never shows what went wrong inside: that could hold personal data. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const words = useErrorWords();
  return (
    <SomethingWentWrong
      words={words}
      tryAgain={
        <button type="button" onClick={reset} className="rounded-md border border-gray-400 px-4 py-2">
          {words.tryAgain}
        </button>
      }
    />
  );
}
