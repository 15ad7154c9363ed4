import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { entryWordsFor } from "@/lib/content/plan-words-for";
import type { ChangePlanFormWords } from "./change-plan-form";
import type { SectionFormWords } from "./section-form";

/**
 * The words of the plan forms that run in the browser, read on the server in the reader's language
 * and handed over as props, so no messages or translation code are sent to the browser.
 */
export async function changePlanFormWords(): Promise<ChangePlanFormWords> {
  const t = await getTranslations("changePlan.form");
  return {
    saving: t("saving"),
    signedOutBefore: t("signedOutBefore"),
    signedOutLink: t("signedOutLink"),
    signedOutAfter: t("signedOutAfter"),
    savedExcept: t("savedExcept"),
    signedInAgain: t("signedInAgain"),
    saved: t("saved"),
    clashHeading: t("clashHeading"),
    clashIntro: t("clashIntro"),
    nothing: t("nothing"),
    clashKeep: t("clashKeep"),
    onePerLine: t("onePerLine"),
    limits: t.raw("limits") as string,
    save: t("save"),
    checklist: { legend: t("ideasLegend"), why: t.raw("whyIdea") as string, hint: t("tickHint") },
  };
}

export async function sectionFormWords(): Promise<SectionFormWords> {
  const t = await getTranslations("plan.form");
  const locale = await getLocale();
  return {
    notes: t("notes"),
    notesInSummary: t.raw("notesInSummary") as string,
    ideasInSummary: t.raw("ideasInSummary") as string,
    noteLimit: t.raw("noteLimit") as string,
    save: t("save"),
    status: {
      saving: t("saving"),
      signedOutBefore: t("signedOutBefore"),
      signedOutLink: t("signedOutLink"),
      signedOutAfter: t("signedOutAfter"),
      savedExcept: t("savedExcept"),
      signedInAgain: t("signedInAgain"),
      waitingToRemove: t("waitingToRemove"),
      saved: t("saved"),
    },
    checklist: { legend: t("ideasLegend"), why: t.raw("whyIdea") as string, hint: t("tickHint") },
    entries: entryWordsFor(locale),
    carriedTicks: (await getTranslations("planFiles"))("carriedTicks"),
  };
}
