import { riskAnswerChoices, type RiskQuestion } from "@/lib/plan/risk-questions";
import type { RiskAnswer } from "@/lib/plan/risk-reflection";

const skip = { value: "", label: "Skip this question" };

/**
 * One look-back question: yes, no, not sure, or skip, with why we ask. Every answer is drawn the
 * same way, whatever it is: no answer is marked out by colour or weight.
 */
export function RiskQuestionField({
  question,
  answer,
  error,
}: {
  question: RiskQuestion;
  answer?: RiskAnswer;
  error?: string;
}) {
  const { id } = question;
  const describedBy = `${id}-why${error ? ` ${id}-error` : ""}`;
  return (
    <fieldset className="mb-6" aria-describedby={describedBy} data-risk-question={id}>
      <legend className="mb-1 font-bold">{question.label}</legend>
      <p id={`${id}-why`} className="mb-2 text-sm text-muted">
        Why we ask: {question.why} <span data-source="">(From {question.source.short}.)</span>
      </p>
      {error && (
        <p id={`${id}-error`} className="font-bold text-exit">
          {error}
        </p>
      )}
      {[...riskAnswerChoices, skip].map((choice) => {
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
