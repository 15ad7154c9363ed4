import "server-only";
import { getTranslations } from "next-intl/server";

/** How long to wait, as ICU arguments: seconds up to 90, whole minutes above. */
export function waitArguments(seconds: number): { unit: "seconds" | "minutes"; count: number } {
  return seconds <= 90 ? { unit: "seconds", count: seconds } : { unit: "minutes", count: Math.ceil(seconds / 60) };
}

/** "Too many tries. Please wait …", in the reader's language. */
export async function tooManyTries(seconds: number): Promise<string> {
  const t = await getTranslations("account.problems");
  return t("tooManyTries", waitArguments(seconds));
}
