import type english from "../../messages/en/lookBack.json";
import type { RiskAnswer, RiskQuestionId } from "./risk-reflection";

/** Where a "why we ask" comes from, named in plain text: a link would put the study's title in the browser's history. */
export type WhySource = { short: string; title: string; url: string };

export type RiskQuestion = {
  id: RiskQuestionId;
  /** The question, in our own words, about the last few months. */
  label: string;
  /** A few words that name it in "what changed": You said yes to “…”. */
  short: string;
  /** One plain line: why the plan asks. */
  why: string;
  source: WhySource;
  /** Something the person could say when they call a line about it. */
  opener: string;
};

const sources = {
  strangulation: {
    short: "Glass and others, 2008",
    title: "Non-fatal strangulation is an important risk factor for homicide of women (Journal of Emergency Medicine)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2573025",
  },
  femicide: {
    short: "Campbell and others, 2003",
    title: "Risk factors for femicide in abusive relationships (American Journal of Public Health)",
    url: "https://pure.johnshopkins.edu/en/publications/risk-factors-for-femicide-in-abusive-relationships-results-from-a-3",
  },
  stalking: {
    short: "McFarlane, Campbell and Watson, 2002",
    title: "Intimate partner stalking and femicide (Behavioral Sciences and the Law)",
    url: "https://www.ncbi.nlm.nih.gov/pubmed/12030246",
  },
  deathReview: {
    short: "Ontario's Domestic Violence Death Review Committee, 2018",
    title:
      "Domestic Violence Death Review Committee 2018 Annual Report, risk factor descriptions (Office of the Chief Coroner for Ontario)",
    url: "https://www.mcscs.jus.gov.on.ca/english/Deathinvestigations/OfficeChiefCoroner/Publicationsandreports/DVDRC2018Report.html",
  },
  riskBrief: {
    short: "Canadian Domestic Homicide Prevention Initiative, 2016",
    title:
      "Domestic Violence Risk Assessment: Informing Safety Planning and Risk Management (Domestic Homicide Brief 2)",
    url: "http://cdhpi.ca/domestic-violence-risk-assessment-informing-safety-planning-risk-management-brief",
  },
} satisfies Record<string, WhySource>;

/**
 * Where each look-back question comes from, one per indicator. The questions are written in our own
 * words (messages/<locale>/lookBack.json) from the studies named; none is taken from a licensed assessment.
 */
const sourceOf: Record<RiskQuestionId, WhySource> = {
  strangulation: sources.strangulation,
  "threats-to-kill": sources.deathReview,
  weapon: sources.femicide,
  escalation: sources.deathReview,
  separation: sources.femicide,
  pregnancy: sources.femicide,
  stalking: sources.stalking,
  "suicide-threats": sources.deathReview,
  "forced-sex": sources.femicide,
  "harm-children-pets": sources.stalking,
  "jealousy-control": sources.femicide,
  "order-breaches": sources.riskBrief,
};

/** The look back's words in one language, from messages/<locale>/lookBack.json. */
export type LookBackWords = typeof english;

/** The questions in one language, in the order the page asks them. */
export const riskQuestionsIn = (words: LookBackWords): RiskQuestion[] =>
  (Object.keys(sourceOf) as RiskQuestionId[]).map((id) => ({ id, ...words.questions[id], source: sourceOf[id] }));

/** The choices every question offers, in order; leaving all of them unticked skips it. */
export const riskAnswerChoicesIn = (words: LookBackWords): { value: RiskAnswer; label: string }[] =>
  (["yes", "no", "not-sure"] as const).map((value) => ({ value, label: words.choices[value] }));

export function riskQuestion(id: RiskQuestionId, words: LookBackWords): RiskQuestion {
  return riskQuestionsIn(words).find((question) => question.id === id) as RiskQuestion;
}
