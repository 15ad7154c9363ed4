import { getLocale, getTranslations } from "next-intl/server";
import type { GuidancePage } from "@/lib/content/guidance-schema";
import { CrisisReminder } from "./crisis-reminder";
import { GuidanceList } from "./guidance-list";
import { TableOfContents } from "./table-of-contents";

const LONG_PAGE_HEADINGS = 4;

/** One guidance page: its rendered markdown with contents, help, related pages and sources. */
export async function GuidanceArticle({ page, related }: { page: GuidancePage; related: GuidancePage[] }) {
  const [t, locale] = await Promise.all([getTranslations("guidance"), getLocale()]);
  const reviewedFormat = new Intl.DateTimeFormat(locale === "en" ? "en-CA" : locale, {
    dateStyle: "long",
    timeZone: "UTC",
  });
  return (
    <article lang={page.language}>
      <h1>{page.title}</h1>
      <p className="text-lg text-muted">{page.summary}</p>
      {page.headings.length >= LONG_PAGE_HEADINGS && <TableOfContents headings={page.headings} />}
      {/* Rendered and sanitised at build time from our own markdown. */}
      <div className="guidance-body" dangerouslySetInnerHTML={{ __html: page.html }} />
      <CrisisReminder />
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="print-hidden">
          <h2 id="related-heading">{t("relatedPages")}</h2>
          <GuidanceList pages={related} />
        </section>
      )}
      <footer className="mt-8 border-t border-gray-200 pt-4 text-sm text-muted">
        <p>{t("lastReviewed", { date: reviewedFormat.format(new Date(`${page.lastReviewed}T00:00:00Z`)) })}</p>
        <p className="mb-1">{t("drawingOn")}</p>
        <ul>
          {page.sources.map((source) => (
            <li key={source.title} lang={source.language === page.language ? undefined : source.language}>
              {source.url ? (
                <a href={source.url} rel="noreferrer" className="inline-block py-1">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
            </li>
          ))}
        </ul>
      </footer>
    </article>
  );
}
