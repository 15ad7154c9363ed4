import "server-only";
import { getTranslations } from "next-intl/server";
import type { AudienceId } from "./audiences";

export type AudienceWords = { short: string; label: string; need: string; description: string };

/** Each audience's names in the reader's language (messages/<locale>/audiences.json). */
export async function audienceWords(): Promise<(id: AudienceId) => AudienceWords> {
  const t = await getTranslations("audiences");
  return (id) => t.raw(id) as AudienceWords;
}
