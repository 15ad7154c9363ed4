"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormError } from "@/components/forms/form-error";
import type { BriefFormState } from "@/lib/forms/brief-form-states";
import type { FormAction } from "@/lib/forms/plan-form-states";
import { BriefCarried } from "./brief-carried";
import { BriefFields, startingValues } from "./brief-fields";
import type { BriefFormWords } from "./brief-form-words";
import { BriefHonesty } from "./brief-honesty";
import { BriefMade } from "./brief-made";
import type { BriefFormPerson } from "./brief-person";
import type { BriefWords } from "./brief-blocks";
import { BriefView } from "./brief-view";

type Props = {
  action: FormAction<BriefFormState>;
  person: BriefFormPerson;
  defaultDays: number;
  words: BriefFormWords;
  viewWords: BriefWords;
};

const button = "min-h-11 rounded-md px-5 py-2 font-bold";

/**
 * Making a brief in three posts, each answered in place (so it works without JavaScript): the
 * choices, then the preview with what passing it on can leave behind, then the link and code once.
 */
export function BriefForm({ action, person, defaultDays, words, viewWords }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const heading = useRef<HTMLHeadingElement>(null);
  const step = state.made ? "made" : state.preview ? "preview" : "choose";
  const shown = useRef(step);
  // The pressed button is gone once the next step is drawn, so its heading takes the focus (not on first load).
  useEffect(() => {
    if (shown.current !== step) heading.current?.focus();
    shown.current = step;
  }, [step]);
  if (state.made) return <BriefMade made={state.made} words={words} headingRef={heading} />;
  const values = state.values ?? startingValues(person, defaultDays);
  if (state.preview) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {words.previewHeading}
        </h1>
        <p>{words.previewIntro}</p>
        <div data-brief-preview="">
          <BriefView content={state.preview} words={viewWords} />
        </div>
        <BriefHonesty words={words} />
        <form action={formAction} className="flex flex-wrap gap-4">
          <BriefCarried person={person} values={values} />
          <button type="submit" name="step" value="make" disabled={pending} className={`${button} bg-ink text-white`}>
            {words.makeIt}
          </button>
          <button
            type="submit"
            name="step"
            value="change"
            disabled={pending}
            className={`${button} border-2 border-ink`}
          >
            {words.change}
          </button>
        </form>
      </>
    );
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {words.heading}
      </h1>
      <p>{words.intro}</p>
      <form action={formAction} noValidate>
        <FormError message={state.formError} />
        <BriefFields person={person} values={values} errors={state.fieldErrors ?? {}} words={words} />
        <button type="submit" name="step" value="preview" disabled={pending} className={`${button} bg-ink text-white`}>
          {words.preview}
        </button>
      </form>
    </>
  );
}
