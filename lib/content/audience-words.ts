import "server-only";
import { messageBlock } from "@/i18n/message-block";
import type { AudienceId } from "./audiences";

export type AudienceWords = { short: string; label: string; need: string; description: string };

/** Each audience's names in the reader's language (messages/<locale>/audiences.json). */
export async function audienceWords(): Promise<(id: AudienceId) => AudienceWords> {
  const words = await messageBlock("audiences");
  return (id) => words[id];
}
