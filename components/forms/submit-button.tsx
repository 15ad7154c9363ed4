"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  tone = "primary",
}: {
  children: React.ReactNode;
  tone?: "primary" | "danger";
}) {
  const { pending } = useFormStatus();
  const colour = tone === "danger" ? "bg-exit hover:bg-exit-dark" : "bg-ink";
  return (
    <button type="submit" disabled={pending} className={`min-h-11 rounded-md px-5 py-2 font-bold text-white ${colour}`}>
      {children}
    </button>
  );
}
