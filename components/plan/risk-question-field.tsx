import { fill } from "@/lib/plan/fill";
import type { RiskQuestion } from "@/lib/plan/risk-questions";
import type { RiskAnswer } from "@/lib/plan/risk-reflection";

/** The words every question shares, in the reader's language. */
export type RiskFieldWords = {
  choices: { value: RiskAnswer; label: string }[];
  skip: string;
  /** "Why we ask: {why}" */
  whyWeAsk: string;
  /** "(From {source}.)" */
  from: string;
};

/**
 * One look-back question: yes, no, not sure, or skip, with why we ask. Every answer is drawn the
 * same way, whatever it is: no answer is marked out by colour or weight.
 */
export function RiskQuestionField({
  question,
  answer,
  error,
  words,
}: {
  question: RiskQuestion;
  words: RiskFieldWords;
  answer?: RiskAnswer;
  error?: string;
}) {
  const { id } = question;
  const describedBy = `${id}-why${error ? ` ${id}-error` : ""}`;
  return (
    <fieldset className="mb-6" aria-describedby={describedBy} data-risk-question={id}>
      <legend className="mb-1 font-bold">{question.label}</legend>
      <p id={`${id}-why`} className="mb-2 text-sm text-muted">
        {fill(words.whyWeAsk, { why: question.why })}{" "}
        <span data-source="">{fill(words.from, { source: question.source.short })}</span>
      </p>
      {error && (
        <p id={`${id}-error`} className="font-bold text-exit">
          {error}
        </p>
      )}
      {[...words.choices, { value: "", label: words.skip }].map((choice) => {
        const inputId = `${id}-${choice.value || "skip"}`;
        return (
          <div key={inputId} className="mb-1 flex items-center gap-2">
            <input
              id={inputId}
              type="radio"
              name={id}
              value={choice.value}
              defaultChecked={(answer ?? "") === choice.value}
              className="h-5 w-5"
            />
            <label htmlFor={inputId} className="py-1">
              {choice.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
