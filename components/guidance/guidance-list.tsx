import { AppLink } from "@/components/app-link/app-link";
import type { GuidancePage } from "@/lib/content/guidance-schema";
import { guidePath } from "@/lib/site/site-routes";

/** Pages as a list of links with their one-line summaries. */
export function GuidanceList({ pages, headingLevel = 3 }: { pages: GuidancePage[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="list-none pl-0">
      {pages.map((page) => (
        <li key={page.code} className="mb-4">
          <Heading className="mt-0 mb-1 text-lg font-bold">
            <AppLink href={guidePath(page.code)}>{page.title}</AppLink>
          </Heading>
          <p className="mb-0 text-muted">{page.summary}</p>
        </li>
      ))}
    </ul>
  );
}
