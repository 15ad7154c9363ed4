import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { fieldsOf } from "@/lib/forms/form-fields";
import { sayFormMessage, type FormMessageTranslator } from "@/lib/forms/form-message";
import { readChangePlan } from "@/lib/forms/read-change-plan";
import { readSectionPatch } from "@/lib/forms/read-section-form";
import { MAX_ROWS } from "@/lib/plan/plan-limits";
import english from "@/messages/en/formErrors.json";
import french from "@/messages/fr-CA/formErrors.json";

const sayer = (locale: string, messages: typeof english) =>
  createTranslator({
    locale,
    messages: { formErrors: messages },
    namespace: "formErrors",
  }) as unknown as FormMessageTranslator;
const inEnglish = sayer("en", english);
const inFrench = sayer("fr-CA", french);

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return fieldsOf(data)!;
};

/** A trusted-people form with a name too long, a code word too long, a row with no name and a note too long. */
const wrongSection = form([
  ["trustedPeople.0.id", "person-aaaaaa"],
  ["trustedPeople.0.name", "x".repeat(81)],
  ["trustedPeople.1.id", "person-bbbbbb"],
  ["trustedPeople.1.reach", "by phone"],
  ["trustedPeople.2.id", "person-cccccc"],
  ["trustedPeople.2.name", "Sam"],
  ["trustedPeople.2.codeWord", "y".repeat(61)],
  ["note", "z".repeat(4001)],
]);

describe("the plan forms' messages are keys, said in the reader's language", () => {
  const { errors } = readSectionPatch("trusted-people", wrongSection);

  it("a note that is too long says so in English and in French", () => {
    expect(sayFormMessage(inEnglish, errors.note!)).toBe("Keep this under 4000 characters.");
    expect(sayFormMessage(inFrench, errors.note!)).toBe("Ne dépassez pas 4000 caractères.");
  });

  it("a row without a name asks for one in each language", () => {
    expect(sayFormMessage(inEnglish, errors["trustedPeople.1.name"]!)).toBe("Add a name or nickname.");
    expect(sayFormMessage(inFrench, errors["trustedPeople.1.name"]!)).toBe("Ajoutez un nom ou un surnom.");
  });

  it("every message the readers give is a key English and French both word, with nothing left unfilled", () => {
    const lines = Array.from({ length: 31 }, (_, line) => `line ${line}`).join("\n");
    const messages = [...Object.values(errors), ...Object.values(readChangePlan(formData([["values", lines]])).errors)];
    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const message of messages) {
      const [saidInEnglish, saidInFrench] = [sayFormMessage(inEnglish, message), sayFormMessage(inFrench, message)];
      expect(saidInEnglish).not.toBe(message);
      expect(saidInFrench).not.toBe(saidInEnglish);
      expect(`${saidInEnglish}${saidInFrench}`).not.toMatch(/[{}?=]/);
    }
  });

  it("names what there are too many of in each language", () => {
    const tooMany = `tooMany.people?max=${MAX_ROWS}`;
    expect(sayFormMessage(inEnglish, tooMany)).toBe(
      `A plan keeps up to ${MAX_ROWS} people. Remove one before adding another.`,
    );
    expect(sayFormMessage(inFrench, tooMany)).toContain(`${MAX_ROWS} personnes`);
  });

  it("a message that is not one of the keys is shown as it came", () => {
    expect(sayFormMessage(inFrench, "Wrong username or passphrase.")).toBe("Wrong username or passphrase.");
  });
});

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}
