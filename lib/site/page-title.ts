import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type english from "@/messages/en/titles.json";

/** A page's neutral tab title in the reader's language (messages/<locale>/titles.json). */
export function pageTitle(key: keyof typeof english) {
  return async (): Promise<Metadata> => {
    const t = await getTranslations("titles");
    return { title: t(key) };
  };
}
