"use client";

/** Shown when a page fails. It never shows what went wrong inside: that could hold personal data. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong on our side</h1>
      <p>Nothing you saved before this has been lost. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded-md border border-gray-400 px-4 py-2">
        Try again
      </button>
    </>
  );
}
