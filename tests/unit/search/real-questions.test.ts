import { describe, expect, it } from "vitest";
import { guidanceBySlug } from "@/lib/content/guidance";
import { searchPublished } from "@/lib/search/published-index";
import { guidePath, planRoutes } from "@/lib/site/site-routes";

type Expectation =
  | { query: string; language?: string; page: string; within: 1 | 3 }
  | { query: string; language?: string; service: string };

// Questions the way people type them, with the page or service each must find.
const questions: Expectation[] = [
  { query: "my husband hits me", page: "is-this-abuse", within: 3 },
  { query: "my wife hits me", page: "men-who-experience-violence", within: 1 },
  { query: "I am a man and my partner hurts me", page: "men-who-experience-violence", within: 1 },
  { query: "coworker", page: "supporting-a-co-worker", within: 1 },
  { query: "co-worker is being abused", page: "supporting-a-co-worker", within: 1 },
  { query: "he took my phone", page: "safety-while-living-with-them", within: 3 },
  { query: "what can I do if he takes my phone?", page: "technology-and-monitoring", within: 3 },
  { query: "sexual assault", page: "sexual-violence", within: 1 },
  { query: "he forced me to have sex", page: "sexual-violence", within: 3 },
  { query: "strangle", page: "is-this-abuse", within: 1 },
  { query: "he choked me", page: "is-this-abuse", within: 1 },
  { query: "stangled", page: "is-this-abuse", within: 1 },
  { query: "violense", page: "sexual-violence", within: 3 },
  { query: "go bag", page: "safety-when-leaving", within: 1 },
  { query: "gobag", page: "safety-when-leaving", within: 1 },
  { query: "what should I pack", page: "safety-when-leaving", within: 1 },
  { query: "is it abuse if he yells", page: "is-this-abuse", within: 1 },
  { query: "my boyfriend is tracking my location", page: "technology-and-monitoring", within: 1 },
  { query: "stalking", page: "technology-and-monitoring", within: 3 },
  { query: "deleting browser history", page: "staying-safe-online", within: 1 },
  { query: "quick exit", page: "how-this-app-protects-you", within: 1 },
  { query: "how do I help my sister", page: "helping-with-a-safety-plan", within: 1 },
  { query: "apology", page: "taking-responsibility", within: 1 },
  { query: "I want to stop hurting my partner", page: "wanting-to-change", within: 3 },
  { query: "I want to stop hurting my partner", service: "stop-violence-quebec" },
  { query: "court order", page: "safety-after-leaving", within: 1 },
  { query: "immigration status sponsorship", page: "newcomers-and-immigration-status", within: 1 },
  { query: "teen dating", page: "parents-of-a-teen-in-a-relationship", within: 3 },
  { query: "suicide", page: "thoughts-of-suicide", within: 1 },
  { query: "gay relationship abuse", page: "safety-planning-for-2slgbtqia-people", within: 1 },
  { query: "indigenous", page: "safety-planning-for-indigenous-people", within: 1 },
  { query: "money of my own", page: "safety-when-leaving", within: 3 },
  { query: "children custody", page: "children-and-the-other-parent", within: 3 },
  { query: "legal aid ontario", service: "legal-aid-ontario" },
  { query: "shelter that takes pets", page: "safety-when-leaving", within: 3 },
  { query: "est-ce que c'est de la violence?", language: "fr-CA", page: "is-this-abuse", within: 1 },
  { query: "mon mari me frappe", language: "fr-CA", page: "is-this-abuse", within: 3 },
  { query: "sac de départ", language: "fr-CA", page: "safety-when-leaving", within: 1 },
  { query: "ligne d'écoute pour les jeunes", language: "fr-CA", service: "kids-help-phone" },
  { query: "agression sexuelle", language: "fr-CA", page: "is-this-abuse", within: 3 },
  { query: "aide juridique ontario", language: "fr-CA", service: "legal-aid-ontario" },
];

const pageHref = (slug: string) => guidePath(guidanceBySlug(slug).code);

describe("the search finds what people mean, not only the words they type", () => {
  const named = (question: Expectation) =>
    `${question.query} → ${"page" in question ? `${question.page} (top ${question.within})` : question.service}`;
  it.each(questions.map((question) => [named(question), question] as const))("%s", (_name, expectation) => {
    const { pages, answers } = searchPublished(expectation.query, expectation.language ?? "en");
    if ("page" in expectation) {
      const found = pages.slice(0, expectation.within).map((page) => page.href);
      expect(found).toContain(pageHref(expectation.page));
    } else {
      expect(answers.map((answer) => answer.href)).toContain(`/links#service-${expectation.service}`);
    }
  });

  it("asks at least 30 real questions, in English and in French", () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(questions.filter((question) => question.language === "fr-CA").length).toBeGreaterThanOrEqual(5);
  });
});

describe("answering a question", () => {
  it("answers in French with the plan's ideas in French, named by their part of the plan", () => {
    const { answers } = searchPublished("animaux en famille d'accueil", "fr-CA");
    const idea = answers.find((answer) => answer.href === planRoutes.section("pets"));
    expect(idea?.title).toBe("Animaux");
    expect(idea?.snippet).toMatch(/animal|animaux/);
    expect(answers.every((answer) => !/\b(the|your|with)\b/.test(answer.snippet))).toBe(true);
  });

  it("gives two or three passages, each with a link and the words that answer it", () => {
    const { answers } = searchPublished("what can I do if he takes my phone?");
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(answers.length).toBeLessThanOrEqual(3);
    for (const answer of answers) {
      expect(answer.href).toMatch(/^\/(guide|planner|links|journal)/);
      expect(answer.snippet.length).toBeGreaterThan(10);
    }
    expect(
      answers
        .map((answer) => answer.snippet)
        .join(" ")
        .toLowerCase(),
    ).toContain("phone");
  });

  it("says so honestly when nothing fits, rather than offering pages that share a word", () => {
    expect(searchPublished("zyzzyva quantum").answers).toEqual([]);
    expect(searchPublished("zyzzyva quantum").pages).toEqual([]);
    expect(searchPublished("the and of").answers).toEqual([]);
  });
});
