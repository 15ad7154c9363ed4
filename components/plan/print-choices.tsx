"use client";

import { type ReactNode, useActionState, useEffect, useRef } from "react";
import { AppLink } from "@/components/app-link/app-link";
import { FormError } from "@/components/forms/form-error";
import type { FormAction, PrintState } from "@/lib/forms/plan-form-states";
import type { PrintChoices as Choices, PrintSectionOption } from "@/lib/plan/print-choices";
import { siteRoutes } from "@/lib/site/site-routes";
import { PrintButton } from "./print-button";
import { PrintChoicesFields, type PrintChoicesFieldsWords } from "./print-choices-fields";
import { SectionSummary, type SectionSummaryWords } from "./section-summary";

type Props = {
  action: FormAction<PrintState>;
  options: PrintSectionOption[];
  defaults: Choices;
  /** What to think about before printing, shown above the choices. */
  warning: ReactNode;
  /** The lines to call, printed in the emergency part. */
  crisisLines: ReactNode;
  /** The printed parts' words, in the reader's language. */
  summaryWords: SectionSummaryWords;
  /** The page's own words, in the reader's language (messages planFiles.print). */
  words: PrintChoicesWords;
};

export type PrintChoicesWords = {
  back: string;
  print: string;
  heading: string;
  choose: string;
  show: string;
  change: string;
  printedHeading: string;
  nothing: string;
  fields: PrintChoicesFieldsWords;
};

/** The choices, as hidden fields, so "Change what goes on paper" opens them as they were. */
function Carried({ choices }: { choices: Choices }) {
  const pairs = [
    ...choices.sections.map((id) => ["section", id]),
    ...choices.entries.map((id) => ["entry", id]),
    ...choices.details.map((id) => ["detail", id]),
  ];
  return pairs.map(([name, value]) => <input key={`${name}-${value}`} type="hidden" name={name} value={value} />);
}

/**
 * The print page: first what goes on paper (every part, none of the sensitive details, unless the
 * person changes that), then the plan drawn with only those. Without JavaScript each step is a post.
 */
export function PrintChoices({ action, options, defaults, warning, crisisLines, summaryWords, words }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const heading = useRef<HTMLHeadingElement>(null);
  const printed = state.printed;
  const shown = useRef(printed);
  // The button pressed is gone once the other step is drawn, so the new heading takes the focus (not on first load).
  useEffect(() => {
    if (shown.current !== printed) heading.current?.focus();
    shown.current = printed;
  }, [printed]);
  if (printed) {
    return (
      <>
        <div className="print-hidden mb-4 flex flex-wrap items-center gap-4">
          <AppLink href={siteRoutes.makeAPlan.href}>{words.back}</AppLink>
          <PrintButton label={words.print} />
          <form action={formAction}>
            <input type="hidden" name="step" value="choose" />
            <Carried choices={state.choices ?? defaults} />
            <button type="submit" className="min-h-11 rounded-md border-2 border-ink px-4 py-2 font-bold">
              {words.change}
            </button>
          </form>
        </div>
        <h1 ref={heading} tabIndex={-1}>
          {words.printedHeading}
        </h1>
        {printed.sections.length === 0 && <p>{words.nothing}</p>}
        {printed.sections.map((section) => (
          <SectionSummary
            key={section.id}
            section={section}
            words={summaryWords}
            entries={printed.entries}
            mode="paper"
            extra={section.id === "emergency" ? crisisLines : undefined}
          />
        ))}
      </>
    );
  }
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{words.back}</AppLink>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {words.heading}
      </h1>
      {warning}
      <form action={formAction} className="mt-6" noValidate>
        <h2>{words.choose}</h2>
        <FormError message={state.formError} />
        <PrintChoicesFields options={options} chosen={state.choices ?? defaults} words={words.fields} />
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white">
          {words.show}
        </button>
      </form>
    </>
  );
}
