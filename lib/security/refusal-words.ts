import { negotiateLocale } from "../../i18n/negotiate-locale";

type Refused = 400 | 403 | 409 | 413;
type RefusalWords = Record<`${Refused}`, string>;

const cache = new Map<string, RefusalWords>();

/** The refusals' words in one language, from messages/<locale>/formErrors.json, read once per language. */
async function refusalWordsIn(locale: string): Promise<RefusalWords> {
  let words = cache.get(locale);
  if (!words) {
    const file = (await import(`../../messages/${locale}/formErrors.json`)) as {
      default: { requestRefusals: RefusalWords };
    };
    words = file.default.requestRefusals;
    cache.set(locale, words);
  }
  return words;
}

/**
 * What a refused request says (400, 403, 409, 413), in the language the pages would use: the
 * language cookie if it names one of ours, else Accept-Language, else English. The proxy answers
 * before next-intl runs, so it reads the same negotiation and the same message files itself.
 */
export async function refusalText(
  status: number,
  request: { headers: Headers; cookies: { get: (name: string) => { value: string } | undefined } },
): Promise<{ text: string; locale: string }> {
  const locale = negotiateLocale({
    cookie: request.cookies.get("__Host-lang")?.value ?? request.cookies.get("lang")?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const words = await refusalWordsIn(locale);
  return { text: words[String(status) as `${Refused}`] ?? words["400"], locale };
}
