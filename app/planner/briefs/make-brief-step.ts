import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SignedIn } from "@/lib/auth/sessions";
import { createBrief, TooManyBriefsError } from "@/lib/brief-store/brief-store";
import { briefUrl } from "@/lib/helper-briefs/brief-link";
import { briefFromChoices } from "@/lib/helper-briefs/brief-parts";
import type { ReadBriefForm } from "@/lib/forms/brief-form";
import { briefRolesOf } from "@/lib/forms/brief-roles";
import type { BriefFormState } from "@/lib/forms/brief-form-states";
import { sayFieldErrors, type FormMessageTranslator } from "@/lib/forms/form-message";
import { currentDisplay } from "@/lib/settings/current-display";
import type { BriefPerson } from "./brief-source";
import { siteOrigin } from "./site-origin";

/** One step of the brief form, for a person found in her own plan (or not found: then nothing is made). */
export async function makeBriefStep(
  session: SignedIn,
  input: ReadBriefForm,
  person: BriefPerson | undefined,
  locale: string,
): Promise<BriefFormState> {
  const t = await getTranslations("helperBriefs");
  if (!person) return { formError: t("make.missing") };
  const values = { ...input.values, parts: input.values.parts.filter((part) => person.offered.includes(part)) };
  if (input.step === "change") return { values };
  if (!input.parsed) {
    const say = (await getTranslations("helperBriefs.errors")) as unknown as FormMessageTranslator;
    return { values, fieldErrors: sayFieldErrors(say, input.fieldErrors) };
  }
  const typed = input.parsed;
  const content = briefFromChoices({
    locale,
    parts: values.parts,
    from: typed.from,
    ownWords: typed.ownWords,
    source: {
      roles: briefRolesOf(person.roles, values),
      canDo: person.canDo,
      signal: { word: typed.word, whatToDo: typed.whatToDo },
      place: typed.place,
    },
  });
  if (input.step === "preview") return { values, preview: content };
  try {
    const made = await createBrief(session, {
      label: typed.label,
      parts: values.parts,
      roles: content.roles,
      content,
      days: typed.days,
    });
    const [format, display] = await Promise.all([getFormatter(), currentDisplay()]);
    return {
      made: {
        url: briefUrl(await siteOrigin(), made.link),
        code: made.code,
        endsOn: format.dateTime(made.expiresAt, { dateStyle: "long", timeZone: display.timeZone?.name }),
      },
    };
  } catch (error) {
    if (error instanceof TooManyBriefsError) return { values, formError: t("errors.tooMany") };
    throw error;
  }
}
