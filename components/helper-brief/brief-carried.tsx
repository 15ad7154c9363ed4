import type { BriefFormValues } from "@/lib/forms/brief-form";
import type { BriefFormPerson } from "./brief-person";

/** Everything chosen and typed, as hidden fields, so the next step (make, or change) gets it all back. */
export function BriefCarried({ person, values }: { person: BriefFormPerson; values: BriefFormValues }) {
  const texts = ["label", "from", "word", "whatToDo", "place", "ownWords"] as const;
  return (
    <>
      <input type="hidden" name={person.field.name} value={person.field.value} />
      {values.parts.map((part) => (
        <input key={part} type="hidden" name="part" value={part} />
      ))}
      {texts.map((name) => (
        <input key={name} type="hidden" name={name} value={values[name]} />
      ))}
      <input type="hidden" name="days" value={values.days} />
    </>
  );
}
