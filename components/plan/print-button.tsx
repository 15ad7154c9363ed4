"use client";

/** Opens the browser's print dialog; without JavaScript, the browser's own Print does the same. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white"
    >
      Print
    </button>
  );
}
