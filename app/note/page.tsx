import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { briefWords } from "@/components/helper-brief/brief-words";
import { NoteCodeForm, type NoteCodeWords } from "@/components/helper-brief/note-code-form";
import { noteClasses } from "@/components/helper-brief/note-ended";
import { NoteScript } from "@/components/helper-brief/note-script";
import type { NoteOpenerOptions } from "@/components/helper-brief/open-note";
import { BRIEF_AAD } from "@/lib/helper-briefs/brief-cipher";
import { NONCE_HEADER } from "@/lib/security/nonce-header";
import { NOTE_OPEN_ROUTE, siteRoutes } from "@/lib/site/site-routes";
import { openNoteAction } from "./note-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("titles");
  // The layout already asks not to be indexed; said again here, because this page must never be.
  return { title: t("note"), robots: { index: false, follow: false, nocache: true } };
}

const ids = { area: "note-from-link", code: "note-code" } as const;

/** A note for a helper, opened by the key in its link (in the browser) or by a short code (on the server). */
export default async function NotePage() {
  const nonce = (await headers()).get(NONCE_HEADER) ?? "";
  const [t, words] = await Promise.all([getTranslations("helperNote"), briefWords()]);
  const after = [t("copyNote"), t("privateNote")];
  const codeWords: NoteCodeWords = {
    heading: t("codeHeading"),
    label: t("codeLabel"),
    hint: t("codeHint"),
    open: t("open"),
    endedHeading: t("endedHeading"),
    ended: t("ended"),
    unavailable: t("unavailable"),
    after,
    errors: { codeRequired: t("codeRequired"), codeTooLong: t("codeTooLong") },
  };
  const options: NoteOpenerOptions = {
    openUrl: NOTE_OPEN_ROUTE,
    aad: BRIEF_AAD,
    ids: { area: ids.area, hideOnOpen: [ids.code] },
    words,
    messages: {
      opening: t("opening"),
      keyRemoved: t("keyRemoved"),
      unavailable: t("unavailable"),
      cannotOpen: t("cannotOpen"),
      endedHeading: t("endedHeading"),
      ended: t("ended"),
      after,
    },
    classes: noteClasses,
  };
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {/* Drawn into by the inline script only; empty inner HTML keeps React from hydrating over it. */}
      <div id={ids.area} dangerouslySetInnerHTML={{ __html: "" }} />
      <NoteCodeForm id={ids.code} action={openNoteAction} words={codeWords} briefWords={words} />
      <p className="mt-8">
        {t("emergency")} <AppLink href={siteRoutes.getHelp.href}>{t("getHelp")}</AppLink>
      </p>
      <NoteScript nonce={nonce} options={options} />
    </>
  );
}
