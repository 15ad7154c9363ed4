import { planKindQuestion, planKinds, type PlanKind } from "@/lib/settings/plan-kind";

export type PlanKindWords = { label: string; hint: string } & Record<PlanKind, string>;

/** The one plain question about which plan to make; the safety plan is chosen until the person picks. */
export function PlanKindQuestion({ chosen = "safety", words }: { chosen?: PlanKind; words: PlanKindWords }) {
  const { name } = planKindQuestion;
  const { label, hint } = words;
  return (
    <fieldset className="mb-6" aria-describedby={`${name}-hint`}>
      <legend className="mb-1 font-bold">{label}</legend>
      <p id={`${name}-hint`} className="mb-2 text-sm text-muted">
        {hint}
      </p>
      {planKinds.map((kind) => (
        <div key={kind} className="mb-1 flex items-center gap-2">
          <input
            id={`${name}-${kind}`}
            type="radio"
            name={name}
            value={kind}
            defaultChecked={chosen === kind}
            className="h-5 w-5"
          />
          <label htmlFor={`${name}-${kind}`} className="py-1">
            {words[kind]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
