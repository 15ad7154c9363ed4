import "server-only";
import { audienceIds, type AudienceId } from "./audiences";
import type { ContentBundle } from "./build-content";
import type { Resource } from "./resource-schema";
import bundle from "./generated/content.json";
import type { GuidancePage } from "./guidance-schema";
import { neutralCode } from "./neutral-code";

const content = bundle as ContentBundle;
const DEFAULT_LANGUAGE = "en";

export function allGuidance(language = DEFAULT_LANGUAGE): GuidancePage[] {
  return content.guidance.filter((page) => page.language === language);
}

export function guidanceByCode(code: string, language = DEFAULT_LANGUAGE): GuidancePage | undefined {
  return allGuidance(language).find((page) => page.code === code);
}

export function guidanceBySlug(slug: string, language = DEFAULT_LANGUAGE): GuidancePage {
  const page = allGuidance(language).find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`No guidance page named ${slug}`);
  return page;
}

export function guidanceFor(audience: AudienceId, language = DEFAULT_LANGUAGE): GuidancePage[] {
  return allGuidance(language)
    .filter((page) => page.audience === audience)
    .sort((a, b) => a.order - b.order);
}

export function relatedGuidance(page: GuidancePage): GuidancePage[] {
  return page.related.map((slug) => guidanceBySlug(slug, page.language));
}

/** Audience pages get neutral addresses too: /topics/<code>. */
export function audienceCode(audience: AudienceId): string {
  return neutralCode("audience", audience);
}

export function audienceByCode(code: string): AudienceId | undefined {
  return audienceIds.find((audience) => audienceCode(audience) === code);
}

/** The resource directory in one language (English unless another is asked for and written). */
export function directory(language = DEFAULT_LANGUAGE): Resource[] {
  return content.resources[language] ?? content.resources.en;
}

export function searchSynonyms(): ContentBundle["synonyms"] {
  return content.synonyms;
}

/** The strategy library the plan builder chooses from, in one language (English unless another is asked for and written). */
export function strategies(language = DEFAULT_LANGUAGE): ContentBundle["strategies"] {
  const words = content.strategyWords[language];
  if (!words) return content.strategies;
  return content.strategies.map((strategy) => ({ ...strategy, ...words[strategy.id] }));
}
