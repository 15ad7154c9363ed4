import type english from "../../messages/en/lookBack.json";
import type { RiskAnswer, RiskQuestionId } from "./risk-reflection";

/**
 * Where a "why we ask" comes from, named in plain text (a link would put the study's title in the
 * browser's history): `short` is the citation in the reader's language, from the look back's words.
 */
export type WhySource = { short: string; title: string; url: string };
type Study = Omit<WhySource, "short">;

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
    title: "Non-fatal strangulation is an important risk factor for homicide of women (Journal of Emergency Medicine)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2573025",
  },
  femicide: {
    title: "Risk factors for femicide in abusive relationships (American Journal of Public Health)",
    url: "https://pure.johnshopkins.edu/en/publications/risk-factors-for-femicide-in-abusive-relationships-results-from-a-3",
  },
  stalking: {
    title: "Intimate partner stalking and femicide (Behavioral Sciences and the Law)",
    url: "https://www.ncbi.nlm.nih.gov/pubmed/12030246",
  },
  deathReview: {
    title:
      "Domestic Violence Death Review Committee 2018 Annual Report, risk factor descriptions (Office of the Chief Coroner for Ontario)",
    url: "https://www.mcscs.jus.gov.on.ca/english/Deathinvestigations/OfficeChiefCoroner/Publicationsandreports/DVDRC2018Report.html",
  },
  riskBrief: {
    title:
      "Domestic Violence Risk Assessment: Informing Safety Planning and Risk Management (Domestic Homicide Brief 2)",
    url: "http://cdhpi.ca/domestic-violence-risk-assessment-informing-safety-planning-risk-management-brief",
  },
} satisfies Record<keyof LookBackWords["sources"], Study>;

/**
 * Where each look-back question comes from, one per indicator. The questions are written in our own
 * words (messages/<locale>/lookBack.json) from the studies named; none is taken from a licensed assessment.
 */
const sourceOf: Record<RiskQuestionId, keyof typeof sources> = {
  strangulation: "strangulation",
  "threats-to-kill": "deathReview",
  weapon: "femicide",
  escalation: "deathReview",
  separation: "femicide",
  pregnancy: "femicide",
  stalking: "stalking",
  "suicide-threats": "deathReview",
  "forced-sex": "femicide",
  "harm-children-pets": "stalking",
  "jealousy-control": "femicide",
  "order-breaches": "riskBrief",
};

/** The look back's words in one language, from messages/<locale>/lookBack.json. */
export type LookBackWords = typeof english;

/** The questions in one language, in the order the page asks them. */
export const riskQuestionsIn = (words: LookBackWords): RiskQuestion[] =>
  (Object.keys(sourceOf) as RiskQuestionId[]).map((id) => {
    const study = sourceOf[id];
    return { id, ...words.questions[id], source: { ...sources[study], short: words.sources[study] } };
  });

/** The choices every question offers, in order; leaving all of them unticked skips it. */
export const riskAnswerChoicesIn = (words: LookBackWords): { value: RiskAnswer; label: string }[] =>
  (["yes", "no", "not-sure"] as const).map((value) => ({ value, label: words.choices[value] }));

export function riskQuestion(id: RiskQuestionId, words: LookBackWords): RiskQuestion {
  return riskQuestionsIn(words).find((question) => question.id === id) as RiskQuestion;
}
