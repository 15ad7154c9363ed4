import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";

export type Crumb = { label: string; href?: string };

/** Where this page sits; the last crumb is the current page and is not a link. */
export async function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const t = await getTranslations("shell");
  return (
    <nav aria-label={t("breadcrumb")} className="print-hidden mb-4 text-sm">
      <ol className="mb-0 flex list-none flex-wrap gap-x-2 pl-0">
        {trail.map((crumb, index) => (
          <li key={crumb.label} className="flex items-center gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? (
              // At least 24 px tall: longer crumbs (French) wrap, and a link must not crowd the one below it.
              <AppLink href={crumb.href} className="inline-block py-1">
                {crumb.label}
              </AppLink>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
