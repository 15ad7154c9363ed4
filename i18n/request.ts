import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { chosenLanguage } from "./language-cookie";
import { messageNamespaces } from "./message-namespaces";
import { negotiateLocale } from "./negotiate-locale";

async function messagesFor(locale: string) {
  const files = await Promise.all(
    messageNamespaces.map(async (namespace) => {
      const file = (await import(`../messages/${locale}/${namespace}.json`)) as { default: Record<string, unknown> };
      return [namespace, file.default] as const;
    }),
  );
  return Object.fromEntries(files);
}

export default getRequestConfig(async () => {
  const locale = negotiateLocale({
    cookie: await chosenLanguage(),
    acceptLanguage: (await headers()).get("accept-language"),
  });
  return { locale, messages: await messagesFor(locale) };
});
