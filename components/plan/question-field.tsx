import { fill } from "@/lib/plan/fill";
import type { Question } from "@/lib/plan/questions";

/** The field's own words, in the reader's language, from the server. */
export type QuestionFieldWords = { whyWeAsk: string; skip: string; yes: string; no: string };

/** One question as a group of choices, with why we ask it; skipping is always a choice. */
export function QuestionField({
  question,
  answers,
  error,
  words,
}: {
  /** A question of the safety plan or of the change plan. */
  question: Omit<Question, "key"> & { key: string };
  answers: Record<string, unknown>;
  error?: string;
  words: QuestionFieldWords;
}) {
  const skip = { value: "", label: words.skip };
  const answer = answers[question.key];
  const name = question.key;
  const describedBy = `${name}-why${error ? ` ${name}-error` : ""}`;
  if (question.kind === "many") {
    const chosen = Array.isArray(answer) ? (answer as string[]) : [];
    return (
      <fieldset className="mb-6" aria-describedby={describedBy}>
        <legend className="mb-1 font-bold">{question.label}</legend>
        <p id={`${name}-why`} className="mb-2 text-sm text-muted">
          {fill(words.whyWeAsk, { why: question.why })}
        </p>
        {error && (
          <p id={`${name}-error`} className="font-bold text-exit">
            {error}
          </p>
        )}
        {(question.choices ?? []).map((choice) => (
          <Choice
            key={choice.value}
            type="checkbox"
            name={name}
            value={choice.value}
            label={choice.label}
            checked={chosen.includes(choice.value)}
          />
        ))}
        {question.none && (
          <Choice
            type="checkbox"
            name={name}
            value="none"
            label={question.none}
            checked={Array.isArray(answer) && answer.length === 0}
          />
        )}
      </fieldset>
    );
  }
  const current = answer === undefined ? "" : typeof answer === "boolean" ? (answer ? "yes" : "no") : String(answer);
  const choices =
    question.kind === "yes-no"
      ? [
          { value: "yes", label: words.yes },
          { value: "no", label: words.no },
        ]
      : (question.choices ?? []);
  return (
    <fieldset className="mb-6" aria-describedby={describedBy}>
      <legend className="mb-1 font-bold">{question.label}</legend>
      <p id={`${name}-why`} className="mb-2 text-sm text-muted">
        {fill(words.whyWeAsk, { why: question.why })}
      </p>
      {error && (
        <p id={`${name}-error`} className="font-bold text-exit">
          {error}
        </p>
      )}
      {[...choices, skip].map((choice) => (
        <Choice
          key={choice.value || "skip"}
          type="radio"
          name={name}
          value={choice.value}
          label={choice.label}
          checked={current === choice.value}
        />
      ))}
    </fieldset>
  );
}

type ChoiceProps = { type: "radio" | "checkbox"; name: string; value: string; label: string; checked: boolean };

function Choice({ type, name, value, label, checked }: ChoiceProps) {
  const id = `${name}-${value || "skip"}`;
  return (
    <div className="mb-1 flex items-center gap-2">
      <input id={id} type={type} name={name} value={value} defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={id} className="py-1">
        {label}
      </label>
    </div>
  );
}
