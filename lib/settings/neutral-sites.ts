/** The choices of the display settings form, with no validation code: the form itself imports these. */

export const TAB_TITLE_MAX = 40;
export const ADDRESS_MAX = 200;

/** Everyday sites a person can pick from without typing an address. */
export const neutralSites = [
  { id: "search", label: "A search page (Google)", url: "https://www.google.com/" },
  { id: "weather", label: "The weather (The Weather Network)", url: "https://www.theweathernetwork.com/ca" },
  { id: "news", label: "The news (CBC News)", url: "https://www.cbc.ca/news" },
  { id: "encyclopedia", label: "An encyclopedia (Wikipedia)", url: "https://en.wikipedia.org/" },
] as const;

export const USUAL_SITE = "usual";
export const OWN_SITE = "own";
export const siteChoices = [USUAL_SITE, ...neutralSites.map((site) => site.id), OWN_SITE] as const;
export type SiteChoice = (typeof siteChoices)[number];

/** Which choice of the form a stored address stands for. */
export function siteChoiceOf(exitUrl: string | undefined): SiteChoice {
  if (!exitUrl) return USUAL_SITE;
  return neutralSites.find((site) => site.url === exitUrl)?.id ?? OWN_SITE;
}

/** The time-zone choice that follows the zone the browser reports, rather than one the person picks. */
export const FOLLOW_BROWSER = "browser";
