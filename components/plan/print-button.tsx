"use client";

/** Opens the browser's print dialog; without JavaScript, the browser's own Print does the same. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white"
    >
      {label}
    </button>
  );
}
