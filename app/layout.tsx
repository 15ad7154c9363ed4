import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { messageBlock } from "@/i18n/message-block";
import type { ReactNode } from "react";
import { ErrorWordsProvider } from "@/components/errors/error-words";
import { QuickExitAnnouncer } from "@/components/quick-exit/quick-exit-announcer";
import { quickExitMessagesIn } from "@/components/quick-exit/quick-exit-messages";
import { QuickExitScript } from "@/components/quick-exit/quick-exit-script";
import { PageTopOnNavigation } from "@/components/quick-exit/page-top-on-navigation";
import { QuickExitSkipLink } from "@/components/quick-exit/quick-exit-skip-link";
import { SiteFooter } from "@/components/site-footer/site-footer";
import { SiteHeader } from "@/components/site-header/site-header";
import { localeInfo } from "@/i18n/locales";
import { NONCE_HEADER } from "@/lib/security/nonce-header";
import { currentDisplay } from "@/lib/settings/current-display";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, tabTitle } = await currentDisplay();
  return {
    // A title of the person's own replaces every page's title, so no tab says which page is open.
    title: tabTitle ? { template: tabTitle, default: tabTitle } : { template: `%s · ${siteName}`, default: siteName },
    applicationName: tabTitle ?? siteName,
    referrer: "no-referrer",
    robots: { index: false, follow: false },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? "";
  const { siteName, exitUrl, planKind } = await currentDisplay();
  const { code, dir } = localeInfo(await getLocale());
  const [t, shell] = await Promise.all([getTranslations("shell"), messageBlock("shell")]);
  return (
    <html lang={code} dir={dir}>
      <head>
        <QuickExitScript nonce={nonce} exitUrl={exitUrl} messages={quickExitMessagesIn(shell.quickExit)} />
      </head>
      <body className="flex min-h-screen flex-col">
        <PageTopOnNavigation />
        <QuickExitSkipLink exitUrl={exitUrl} label={t("quickExit.skipLink")} />
        <a
          href="#main-content"
          className="print-hidden sr-only focus:not-sr-only focus:fixed focus:top-0 focus:left-0 focus:z-50 focus:block focus:w-full focus:bg-white focus:p-4"
        >
          {t("skipToMain")}
        </a>
        <SiteHeader siteName={siteName} exitUrl={exitUrl} planKind={planKind} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pt-6 focus:outline-none">
          <ErrorWordsProvider words={shell.error}>{children}</ErrorWordsProvider>
        </main>
        <SiteFooter />
        <QuickExitAnnouncer />
      </body>
    </html>
  );
}
