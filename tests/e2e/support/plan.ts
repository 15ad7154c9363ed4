import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, type Request, type Response } from "@playwright/test";
import { mainForm } from "./accounts";

/** A word that no strategy, label or other test uses, so finding it proves where it came from. */
export function marker(label: string): string {
  return `${label}${randomBytes(4).toString("hex")}`;
}

/** Every page of the safety plan and the change plan that needs a signed-in person (/journal says what it is first). */
export const signedInPlanPaths = [
  "/planner/questions",
  "/planner/section/trusted-people",
  "/planner/section/work-school",
  "/planner/history",
  "/planner/review",
  "/planner/look-back",
  "/planner/print",
  "/planner/card",
  "/planner/card/show",
  "/planner/export",
  "/planner/import",
  "/planner/briefs",
  "/planner/briefs/new",
  "/journal/questions",
  "/journal/history",
  "/journal/print",
  "/journal/print/plan",
  "/journal/export",
  "/journal/import",
];

// ── The questions ────────────────────────────────────────────────────────────────────────────────

export const question = {
  priorities: "What matters most to you right now?",
  living: "Where are things right now with the person who hurt you?",
  children: "Do you have children? Tick their ages.",
  pets: "Do you have pets?",
  work: "Do you work or study outside the home?",
  theyKnowWork: "Does the person who hurt you know where you work or study?",
  deviceChecked: "Are you worried someone checks your phone or computer?",
  conversation: "Are you thinking about a conversation with the person who hurt you?",
  police: "Does calling the police feel safe for you?",
  province: "Which province or territory do you live in?",
  language: "Which language would you like help in?",
} as const;

/** Question → the label of the choice to pick (or the boxes to tick). Questions left out are skipped. */
export type Answers = Partial<Record<keyof typeof question, string | string[]>>;

/** Living together, a child of 5 to 12, working where they know, a checked phone, unsure about police. */
export const journeyAnswers: Answers = {
  living: "We live together",
  children: ["5 to 12"],
  pets: "No",
  work: "I work",
  theyKnowWork: "Yes",
  deviceChecked: "Yes",
  conversation: "No",
  police: "I'm not sure",
};

/** The sections these answers call for, those in every plan (which the page says once), and those they do not. */
export const journeySections = {
  shown: {
    "work-school": "You said you work or study outside the home.",
    children: "You said you have children.",
    leaving: "Leaving is something you may be living with or thinking about.",
  },
  everyPlan: ["trusted-people", "safe-places"],
  absent: ["pets", "conversation"],
} as const;

/** Every section the journey's answers show, each with a page of its own to edit it. */
export const journeySectionIds = [
  "emergency",
  "trusted-people",
  "safe-places",
  "work-school",
  "leaving",
  "children",
  "technology",
  "money",
  "emotional",
  "legal",
];

export async function answerQuestions(page: Page, answers: Answers): Promise<void> {
  await page.goto("/planner/questions");
  for (const [key, choice] of Object.entries(answers)) {
    const group = page.getByRole("group", { name: question[key as keyof typeof question], exact: true });
    for (const label of [choice].flat()) await group.getByLabel(label, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect(page).toHaveURL(/\/planner$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your plan");
}

// ── The overview ─────────────────────────────────────────────────────────────────────────────────

/** One section of the plan overview (or of a printed or earlier plan). */
export function planSection(page: Page, id: string): Locator {
  return page.locator(`section[data-section="${id}"]`);
}

export async function expectSectionsFor(
  page: Page,
  sections: { shown: Record<string, string>; everyPlan?: readonly string[]; absent: readonly string[] },
): Promise<void> {
  for (const [id, why] of Object.entries(sections.shown)) {
    await expect(planSection(page, id), `section ${id}`).toContainText(`Why this part is in your plan: ${why}`);
  }
  // "Part of every plan" is said once for the page, not on each of them.
  for (const id of sections.everyPlan ?? []) {
    await expect(planSection(page, id), `section ${id}`).toHaveCount(1);
    await expect(planSection(page, id), `section ${id}`).not.toContainText("Why this part is in your plan");
  }
  if (sections.everyPlan) await expect(page.getByText("the others are in every plan")).toHaveCount(1);
  for (const id of sections.absent) await expect(planSection(page, id), `section ${id}`).toHaveCount(0);
}

export function changesList(page: Page): Locator {
  return page.locator("ul[data-changes] > li");
}

/** Finishes the review walkthrough; "what changed" counts from here. */
export async function finishReview(page: Page): Promise<void> {
  await page.goto("/planner/review");
  await page.getByRole("button", { name: "I have reviewed my plan" }).click();
  await expect(page).toHaveURL(/\/planner$/);
  await expect(page.getByText("Nothing has changed since your last review.")).toBeVisible();
}

/** The ids of the snapshots listed on the history page, newest first. */
export async function revisionIds(page: Page): Promise<string[]> {
  await page.goto("/planner/history");
  const hrefs = await page
    .locator("[data-revisions] a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace("/planner/history/", ""));
}

// ── Printing ─────────────────────────────────────────────────────────────────────────────────────

/** The print page's choices, as they are now (every part, no sensitive detail, unless changed), then the plan drawn with them. */
export async function showPrintedPlan(
  page: Page,
  change: (page: Page) => Promise<void> = async () => {},
): Promise<void> {
  if (!new URL(page.url()).pathname.endsWith("/planner/print")) await page.goto("/planner/print");
  await expect(page.getByRole("heading", { name: "Before you print" })).toBeVisible();
  await change(page);
  await page.getByRole("button", { name: "Show my plan to print" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My plan");
}

// ── Editing a section ────────────────────────────────────────────────────────────────────────────

export type Person = { name: string; reach?: string; helps?: string[]; codeWord?: string };
export type Place = { place: string; howToGetThere?: string; keptThere?: string };
export type WorkContact = { role: string; name: string; willDo?: string[] };
/** With JavaScript the form saves itself a moment after a change; without it, the Save button. */
export type SaveBy = "autosave" | "button";

export async function openSection(page: Page, id: string): Promise<void> {
  await page.goto(`/planner/section/${id}`);
  await expect(mainForm(page).locator('input[name="section"]')).toHaveValue(id);
}

/** One repeating row (a person, a place, a contact), found by its heading: "Add a person" for the blank one. */
export function row(page: Page, legend: string): Locator {
  return page.getByRole("group", { name: legend, exact: true });
}

export function saveStatus(page: Page): Locator {
  return mainForm(page).getByRole("status");
}

export function versionField(page: Page): Locator {
  return mainForm(page).locator('input[name="version"]');
}

export function saveButton(page: Page): Locator {
  return mainForm(page).getByRole("button", { name: "Save", exact: true });
}

function isPlanPostRequest(request: Request): boolean {
  return request.method() === "POST" && /^\/(planner|journal)/.test(new URL(request.url()).pathname);
}

function isPlanPost(response: Response): boolean {
  return isPlanPostRequest(response.request());
}

async function savedVersion(page: Page): Promise<number> {
  return Number(await versionField(page).inputValue());
}

/**
 * Leaves the field the way a person does, then waits for the autosave that follows: the one that
 * carries `carrying` when given (an earlier, partial save may have gone out while typing), and "Saved.".
 */
export async function autosave(page: Page, carrying?: string): Promise<void> {
  const before = await savedVersion(page);
  // Forms send line breaks as \r\n.
  const carries = (response: Response) =>
    !carrying || (response.request().postData() ?? "").replace(/\r\n/g, "\n").includes(carrying);
  const sent = page.waitForResponse((response) => isPlanPost(response) && carries(response));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await sent;
  await expect.poll(() => savedVersion(page)).toBeGreaterThan(before);
  await expect(saveStatus(page)).toHaveText("Saved.");
}

/** Presses Save and waits for the answer to that post: a newer plan version and "Saved.". */
export async function saveWithButton(page: Page): Promise<void> {
  const before = await savedVersion(page);
  const sent = page.waitForRequest(isPlanPostRequest);
  await saveButton(page).click();
  await (await sent).response();
  await expect.poll(() => savedVersion(page)).toBeGreaterThan(before);
  await expect(saveStatus(page)).toHaveText("Saved.");
}

async function save(page: Page, by: SaveBy, carrying: string): Promise<void> {
  if (by === "autosave") await autosave(page, carrying);
  else await saveWithButton(page);
}

/** Fills the blank "Add a person" row and saves; the row then carries the person's name. */
export async function addPerson(page: Page, person: Person, by: SaveBy): Promise<void> {
  const blank = row(page, "Add a person");
  for (const help of person.helps ?? []) await blank.getByLabel(help, { exact: true }).check();
  const fields: [string, string | undefined][] = [
    ["Name or nickname", person.name],
    ["How to reach them", person.reach],
    ["A code word you share (optional)", person.codeWord],
  ];
  let last = person.name;
  for (const [label, value] of fields) {
    if (value === undefined) continue;
    await blank.getByLabel(label, { exact: true }).fill(value);
    last = value;
  }
  await save(page, by, last);
  await expect(row(page, person.name)).toBeVisible();
  await expect(row(page, "Add a person")).toBeVisible();
}

export async function addPlace(page: Page, place: Place, by: SaveBy): Promise<void> {
  const blank = row(page, "Add a place");
  const fields: [string, string | undefined][] = [
    ["Where", place.place],
    ["How to get there", place.howToGetThere],
    ["What is kept there", place.keptThere],
  ];
  let last = place.place;
  for (const [label, value] of fields) {
    if (value === undefined) continue;
    await blank.getByLabel(label, { exact: true }).fill(value);
    last = value;
  }
  await save(page, by, last);
  await expect(row(page, place.place)).toBeVisible();
}

export async function addWorkContact(page: Page, contact: WorkContact, by: SaveBy): Promise<void> {
  const blank = row(page, "Add a contact");
  await blank.getByLabel("Who they are").selectOption({ label: contact.role });
  for (const help of contact.willDo ?? []) await blank.getByLabel(help, { exact: true }).check();
  await blank.getByLabel("Name (optional)").fill(contact.name);
  await save(page, by, contact.name);
  await expect(row(page, contact.name)).toBeVisible();
}

/** Changes one field of a saved row and saves. */
export async function editRow(page: Page, legend: string, label: string, value: string, by: SaveBy): Promise<void> {
  await row(page, legend).getByLabel(label, { exact: true }).fill(value);
  await save(page, by, value);
}

export function idea(page: Page, id: string): Locator {
  return mainForm(page).locator(`#done-${id}`);
}

export async function tickIdea(page: Page, id: string, by: SaveBy): Promise<void> {
  await idea(page, id).check();
  if (by === "autosave") await autosave(page);
  else await saveWithButton(page);
  await expect(idea(page, id)).toBeChecked();
}

export function noteField(page: Page): Locator {
  return mainForm(page).getByLabel("Your notes");
}

export async function writeNote(page: Page, text: string, by: SaveBy): Promise<void> {
  await noteField(page).fill(text);
  await save(page, by, text);
}

// ── The change plan ──────────────────────────────────────────────────────────────────────────────

/** Two of the change plan's questions, as the page names them. */
export const changeQuestion = {
  courtOrder: "Is there a court order, bail or probation condition about who you can contact?",
  children: "Are you a parent, or do you help care for children?",
} as const;

/** The box of one change-plan section, found by the section's heading. */
export function changeBox(page: Page, title: string): Locator {
  return page.getByRole("region", { name: title, exact: true }).getByRole("textbox");
}

// ── Accessibility ────────────────────────────────────────────────────────────────────────────────

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** What axe finds on the page as it is now, named by `where`. */
export async function wcagViolations(page: Page, where: string) {
  await expect(page.locator("h1")).toBeVisible();
  const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(passes.length, "rules that ran and passed").toBeGreaterThan(0);
  return violations.map((violation) => ({
    where,
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}
