import "server-only";
import { getTranslations } from "next-intl/server";
import type { PrintOptionWords } from "@/lib/plan/print-choices";
import type { ExportFormWords } from "./export-form";
import type { ImportFormWords } from "./import-form";
import type { PrintChoicesWords } from "./print-choices";

/**
 * The locked-copy and print forms' words, read on the server in the reader's language and handed
 * to the forms that run in the browser as props (messages planFiles).
 */
export async function exportFormWords(): Promise<ExportFormWords> {
  const t = await getTranslations("planFiles.export");
  return {
    ready: t("ready"),
    download: t.raw("download") as string,
    readyAfter: t("readyAfter"),
    passphrase: t("passphrase"),
    passphraseHint: t("passphraseHint"),
    passphraseAgain: t("passphraseAgain"),
    button: t("button"),
  };
}

/** `submit`: "open" where a preview comes first (the safety plan's), "bringBack" where the copy replaces at once. */
export async function importFormWords(submit: "open" | "bringBack"): Promise<ImportFormWords> {
  const [t, preview] = await Promise.all([getTranslations("planFiles.import"), getTranslations("planFiles.preview")]);
  return {
    imported: t("imported"),
    seePlan: t("seePlan"),
    or: t("or"),
    seeHistory: t("seeHistory"),
    file: t("file"),
    passphrase: t("passphrase"),
    submit: t(submit),
    preview: {
      heading: preview("heading"),
      changedSince: preview("changedSince"),
      opened: preview("opened"),
      same: preview("same"),
      changes: preview("changes"),
      keptFirst: preview("keptFirst"),
      bringBack: t("bringBack"),
      keep: preview("keep"),
    },
  };
}

/** The labels of a part's notes and ideas done, for `printOptions`. */
export async function printOptionWords(): Promise<PrintOptionWords> {
  const t = await getTranslations("planFiles.print");
  return { notes: t("notes"), ideasDone: (count) => t("ideasDone", { count }) };
}

export async function printChoicesWords(): Promise<PrintChoicesWords> {
  const [t, back] = await Promise.all([getTranslations("planFiles.print"), getTranslations("planFiles.back")]);
  return {
    back: back("plan"),
    print: t("button"),
    heading: t("heading"),
    choose: t("choose"),
    show: t("show"),
    change: t("change"),
    printedHeading: t("printedHeading"),
    nothing: t("nothing"),
    fields: {
      parts: t("parts"),
      partsHint: t("partsHint"),
      inPart: t.raw("inPart") as string,
      details: t("details"),
      detailsHint: t("detailsHint"),
      detail: {
        reach: t("detail.reach"),
        codeWord: t("detail.codeWord"),
        whereabouts: t("detail.whereabouts"),
        keptWhere: t("detail.keptWhere"),
      },
    },
  };
}
