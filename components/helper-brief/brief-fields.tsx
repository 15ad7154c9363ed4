import type { ReactNode } from "react";
import { FormField } from "@/components/forms/form-field";
import type { BriefFormValues } from "@/lib/forms/brief-form";
import { briefFormLimits } from "@/lib/forms/brief-form-limits";
import type { BriefPartId } from "@/lib/helper-briefs/brief-parts";
import type { BriefFormWords } from "./brief-form-words";
import type { BriefFormPerson } from "./brief-person";

type Props = {
  person: BriefFormPerson;
  values: BriefFormValues;
  errors: Record<string, string>;
  words: BriefFormWords;
};

/** The form's first drawing: what a person starts with, from her plan. */
export function startingValues(person: BriefFormPerson, days: number): BriefFormValues {
  const parts: BriefPartId[] = [];
  if (person.offered.includes("canDo") && person.canDo.length > 0) parts.push("canDo");
  if (person.codeWord) parts.push("signal");
  const empty = { from: "", whatToDo: "", place: "", ownWords: "" };
  return { ...empty, label: person.label, word: person.codeWord, parts, days };
}

function Part({
  id,
  label,
  chosen,
  children,
}: {
  id: BriefPartId;
  label: string;
  chosen: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="mb-4 rounded-md border border-gray-300 p-3" data-brief-choice={id}>
      <div className="mb-2 flex items-center gap-2">
        <input
          id={`brief-part-${id}`}
          type="checkbox"
          name="part"
          value={id}
          defaultChecked={chosen}
          className="size-5"
        />
        <label htmlFor={`brief-part-${id}`} className="font-bold">
          {label}
        </label>
      </div>
      {children}
    </div>
  );
}

/** The parts to choose, each with what it would hold, then her label, how it names her and how long it lasts. */
export function BriefFields({ person, values, errors, words }: Props) {
  const offers = (part: BriefPartId) => person.offered.includes(part);
  const chosen = (part: BriefPartId) => values.parts.includes(part);
  return (
    <>
      <input type="hidden" name={person.field.name} value={person.field.value} />
      <fieldset
        className="mb-6"
        aria-describedby={errors.parts ? "brief-parts-hint brief-parts-error" : "brief-parts-hint"}
      >
        <legend className="mb-1 text-xl font-bold">{words.chooseParts}</legend>
        <p id="brief-parts-hint" className="mb-2 text-sm text-muted">
          {words.choosePartsHint}
        </p>
        {errors.parts && (
          <p id="brief-parts-error" className="mb-2 font-bold text-exit">
            {errors.parts}
          </p>
        )}
        {offers("canDo") && (
          <Part id="canDo" label={words.canDo} chosen={chosen("canDo")}>
            {person.canDo.length > 0 ? (
              <ul className="mb-0">
                {person.canDo.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            ) : (
              <p className="mb-0 text-muted">{words.canDoNone}</p>
            )}
          </Part>
        )}
        <Part id="signal" label={words.signal} chosen={chosen("signal")}>
          <FormField
            name="word"
            label={words.signalWord}
            error={errors.word}
            defaultValue={values.word}
            maxLength={briefFormLimits.word}
          />
          <FormField
            name="whatToDo"
            label={words.whatToDo}
            hint={words.whatToDoHint}
            error={errors.whatToDo}
            defaultValue={values.whatToDo}
            maxLength={briefFormLimits.whatToDo}
            multiline
          />
        </Part>
        <Part id="place" label={words.place} chosen={chosen("place")}>
          <FormField
            name="place"
            label={words.placeText}
            hint={words.placeHint}
            error={errors.place}
            defaultValue={values.place}
            maxLength={briefFormLimits.place}
            multiline
          />
        </Part>
        <Part id="ownWords" label={words.ownWords} chosen={chosen("ownWords")}>
          <FormField
            name="ownWords"
            label={words.ownWordsText}
            error={errors.ownWords}
            defaultValue={values.ownWords}
            maxLength={briefFormLimits.ownWords}
            multiline
          />
        </Part>
      </fieldset>
      <FormField
        name="label"
        label={words.label}
        hint={words.labelHint}
        error={errors.label}
        defaultValue={values.label}
        maxLength={briefFormLimits.label}
      />
      <FormField
        name="from"
        label={words.from}
        hint={words.fromHint}
        error={errors.from}
        defaultValue={values.from}
        maxLength={briefFormLimits.from}
      />
      <div className="mb-6">
        <label htmlFor="brief-days" className="mb-1 block font-bold">
          {words.days}
        </label>
        <p id="brief-days-hint" className="mb-1 text-sm text-muted">
          {words.daysHint}
        </p>
        <select
          id="brief-days"
          name="days"
          defaultValue={String(values.days)}
          aria-describedby="brief-days-hint"
          className="rounded-md border-2 border-gray-500 px-3 py-2"
        >
          {words.dayChoices.map((choice) => (
            <option key={choice.days} value={choice.days}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
