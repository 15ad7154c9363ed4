import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { BRIEF_DAYS } from "@/lib/helper-briefs/brief-content";
import { BRIEF_PATH } from "@/lib/helper-briefs/brief-link";
import type english from "@/messages/en/helperBriefs.json";

type Own = typeof english;

/** The brief form's words, with the ones that need a value already said. */
export type BriefFormWords = Omit<Own["make"], "daysOption"> & {
  dayChoices: { days: number; label: string }[];
  parts: Own["parts"];
};

/** The brief form's words in the reader's language, for a form that also runs in the browser. */
export async function briefFormWords(origin: string): Promise<BriefFormWords> {
  const [messages, t] = await Promise.all([getMessages(), getTranslations("helperBriefs.make")]);
  const own = (messages as unknown as { helperBriefs: Own }).helperBriefs;
  return {
    ...own.make,
    codeHint: t("codeHint", { address: `${origin}${BRIEF_PATH}` }),
    dayChoices: BRIEF_DAYS.choices.map((days) => ({ days, label: t("daysOption", { days }) })),
    parts: own.parts,
  };
}
