import type { GuidancePage } from "../content/guidance-schema";
import type { Resource } from "../content/resource-schema";
import { changePlanSections, changePlanSectionsIn } from "../plan/change-plan-template";
import type { PlanWords } from "../plan/plan-words";
import { safetyPlanSectionsIn } from "../plan/safety-plan-template";
import type { Strategy } from "../plan/strategy-schema";
import { guidePath, planRoutes, siteRoutes } from "../site/site-routes";

/** One piece of what we publish that can answer a question: a section of a page, a plan idea, a service. */
export type Passage = {
  id: string;
  kind: "page" | "idea" | "service";
  /** The page's title, the idea's plan section, or the service's name. */
  title: string;
  /** The section's heading within its page, if it has one. */
  heading?: string;
  text: string;
  href: string;
  /** The guidance page it belongs to, so results can be shown per page. */
  pageCode?: string;
};

/** A page split at its headings: the opening, then one passage per section. */
export function pagePassages(page: GuidancePage): Passage[] {
  const lines = page.text.split("\n");
  const passages: Passage[] = [];
  let current: Passage = {
    id: `page:${page.code}`,
    kind: "page",
    title: page.title,
    text: page.summary,
    href: guidePath(page.code),
    pageCode: page.code,
  };
  let next = 0;
  for (const line of lines) {
    const heading = page.headings[next];
    if (heading && line.trim() === heading.text) {
      passages.push(current);
      current = {
        id: `page:${page.code}#${heading.id}`,
        kind: "page",
        title: page.title,
        heading: heading.text,
        text: "",
        href: `${guidePath(page.code)}#${heading.id}`,
        pageCode: page.code,
      };
      next += 1;
    } else {
      current.text = current.text ? `${current.text}\n${line}` : line;
    }
  }
  passages.push(current);
  return passages.filter((passage) => passage.text.trim().length > 0);
}

const changeSections = new Set<string>(changePlanSections.map((section) => section.id));

/** The plans' part titles in one language, by section id, for naming where an idea lives. */
export function sectionTitlesIn(words: PlanWords): Map<string, string> {
  return new Map(
    [...safetyPlanSectionsIn(words), ...changePlanSectionsIn(words)].map((section) => [section.id, section.title]),
  );
}

export function ideaPassage(strategy: Strategy, titles: Map<string, string>): Passage {
  return {
    id: `idea:${strategy.id}`,
    kind: "idea",
    title: titles.get(strategy.section) ?? strategy.section,
    text: strategy.text,
    href: changeSections.has(strategy.section) ? siteRoutes.changePlan.href : planRoutes.section(strategy.section),
  };
}

export function servicePassage(resource: Resource): Passage {
  return {
    id: `service:${resource.id}`,
    kind: "service",
    title: resource.name,
    text: [resource.offers, resource.hours, resource.languages.join(", ")].join("\n"),
    href: `${siteRoutes.resources.href}#service-${resource.id}`,
  };
}
