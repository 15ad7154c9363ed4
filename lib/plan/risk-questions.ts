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
 * The look-back questions, one per indicator, in the order the page asks them. Written in our own
 * words from the studies named; none is taken from a licensed assessment. The page, "what changed",
 * the hand-off and the tests all read this table.
 */
export const riskQuestions: readonly RiskQuestion[] = [
  {
    id: "strangulation",
    label: "Has the person who hurt you choked you, squeezed your neck, or stopped you from breathing in any way?",
    short: "being choked or having your breathing stopped",
    why: "Choking can injure you without leaving a mark, and it is one of the strongest signs that someone may do serious harm later.",
    source: sources.strangulation,
    opener: "They put their hands on my neck, and I want to understand what that could mean for me.",
  },
  {
    id: "threats-to-kill",
    label: "Have they said they would kill you, or made you believe your life was in danger?",
    short: "threats to kill you",
    why: "People who work with survivors take a threat to kill seriously, even one said in anger.",
    source: sources.deathReview,
    opener: "They have said they would kill me.",
  },
  {
    id: "weapon",
    label:
      "Do they have a gun or can they easily get one, or have they used or shown a weapon, such as a knife, to scare you?",
    short: "a weapon or a gun",
    why: "A gun nearby, or a threat with any weapon, makes serious harm more likely.",
    source: sources.femicide,
    opener: "There is a gun or another weapon they could use, and I am worried about it.",
  },
  {
    id: "escalation",
    label: "Has the hurting been happening more often, or has it become more serious?",
    short: "the hurting getting worse or more frequent",
    why: "When harm comes more often or gets worse, danger is often rising, and a plan can change with it.",
    source: sources.deathReview,
    opener: "It has been getting worse lately, and I want to plan for that.",
  },
  {
    id: "separation",
    label: "Have you separated recently, or are you thinking about leaving or getting ready to?",
    short: "a separation, or plans to leave",
    why: "The time around leaving, and the months after, can carry more danger, so it helps to plan for it.",
    source: sources.femicide,
    opener: "I am thinking about leaving, and I want to do it as safely as I can.",
  },
  {
    id: "pregnancy",
    label: "Are you pregnant, or have you had a baby in the last year?",
    short: "a pregnancy or a new baby",
    why: "Harm can begin or get worse during pregnancy and after a birth, for you and for the baby.",
    source: sources.femicide,
    opener: "I am pregnant, or I just had a baby, and things at home do not feel safe.",
  },
  {
    id: "stalking",
    label:
      "Do they follow you, turn up where you are, track your phone or location, or keep messaging after you have asked them to stop?",
    short: "being followed, watched or tracked",
    why: "Being followed or watched is linked to more serious harm, and it changes what your phone and plans can give away.",
    source: sources.stalking,
    opener: "They keep turning up where I am, and I think they know where I go.",
  },
  {
    id: "suicide-threats",
    label: "Have they talked about ending their own life, or threatened to?",
    short: "them threatening suicide",
    why: "When someone who hurts others talks about suicide, the danger to them and to the people close to them can rise.",
    source: sources.deathReview,
    opener: "They have been saying they will hurt themselves, and I do not know what to do.",
  },
  {
    id: "forced-sex",
    label: "Have they pushed, pressured or forced you into sexual acts you did not want?",
    short: "being forced into sexual acts",
    why: "Forced sex is violence, and it is also one of the signs of danger that support workers ask about.",
    source: sources.femicide,
    opener: "They made me do sexual things I did not want.",
  },
  {
    id: "harm-children-pets",
    label: "Have they hurt your children or your pets, or threatened to?",
    short: "harm or threats to your children or pets",
    why: "Hurting or threatening children or animals is used to frighten and control, and it is a sign of danger.",
    source: sources.stalking,
    opener: "I am worried about what they might do to my children or my pet.",
  },
  {
    id: "jealousy-control",
    label: "Are they jealous in a way that scares you, or do they decide who you see, where you go or what you spend?",
    short: "jealousy and control",
    why: "Controlling jealousy, most of all around a breakup, is linked to more serious harm.",
    source: sources.femicide,
    opener: "They control where I go and who I see, and it scares me.",
  },
  {
    id: "order-breaches",
    label: "Is there a court order, peace bond or bail condition that they have broken or ignored?",
    short: "a court order being broken",
    why: "Someone who ignores a court order may ignore other limits too, and a breach is something you can report.",
    source: sources.riskBrief,
    opener: "They are not following a court order, and I want to know my options.",
  },
];

/** The choices every question offers, in order; leaving all of them unticked skips it. */
export const riskAnswerChoices: readonly { value: RiskAnswer; label: string }[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "not-sure", label: "Not sure" },
];

export function riskQuestion(id: RiskQuestionId): RiskQuestion {
  return riskQuestions.find((question) => question.id === id) as RiskQuestion;
}
