import type { FormDraft } from "./form-draft";

/**
 * Signed out, the ideas cannot be listed (they follow the person's answers, which are locked), but
 * the ticks the person left are carried in the form, so signing in and saving keeps them.
 */
export function CarriedTicks({ draft, note }: { draft?: FormDraft; note: string }) {
  const shown = draft?.shown ?? [];
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((id) => (
        <input key={`shown-${id}`} type="hidden" name="shown" value={id} />
      ))}
      {(draft?.done ?? []).map((id) => (
        <input key={`done-${id}`} type="hidden" name="done" value={id} />
      ))}
      <p className="text-muted">{note}</p>
    </>
  );
}
