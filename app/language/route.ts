import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { languageCookie } from "@/i18n/language-cookie";
import { isSupportedLocale } from "@/i18n/locales";
import { safeReturnPath } from "@/i18n/return-path";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { serverConfig } from "@/lib/config/server-config";

const languageChoice = z.object({
  locale: z.string().refine(isSupportedLocale),
  returnTo: z.string().optional().transform(safeReturnPath),
});

// Nothing to own: the choice is kept in this browser's cookie only, never in the account.
const chooseLanguage = guardedAction({
  session: "none",
  input: languageChoice,
  owns: () => true,
  run: async (_session, choice) => choice,
});

/** The language switch, a plain form: keep the choice in its cookie and go back to the same page. */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => undefined);
  const fields = formFields(form);
  const outcome = await chooseLanguage(fields);
  const returnTo = outcome.ok ? outcome.value.returnTo : safeReturnPath(fields.returnTo);
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: returnTo, "Cache-Control": "no-store" },
  });
  if (outcome.ok) {
    const { name, options } = languageCookie(serverConfig());
    response.cookies.set(name, outcome.value.locale, options);
  }
  return response;
}
