import { getTranslations } from "next-intl/server";
import type { TableOfContentsEntry } from "@/lib/content/guidance-schema";

/** Shown on long pages so people can jump to the part they need. */
export async function TableOfContents({ headings }: { headings: TableOfContentsEntry[] }) {
  const t = await getTranslations("guidance");
  return (
    <nav aria-labelledby="contents-heading" className="print-hidden mb-6 rounded-md border border-gray-200 bg-calm p-4">
      <h2 id="contents-heading" className="mt-0 mb-2 text-base">
        {t("onThisPage")}
      </h2>
      <ul className="mb-0">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
