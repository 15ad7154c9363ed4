import { expect, type Locator, type Page } from "@playwright/test";
import { submitAndWait } from "./accounts";

/** Where a brief's words are typed: the boxes of the brief form, by their labels. */
export const briefField = {
  word: "The code word",
  whatToDo: "What to do when they get it",
  place: "The place, or how you will check in",
  ownWords: "What you want to tell them",
  label: "Who it is for",
  from: "How the note names you (optional)",
} as const;

export const briefPart = {
  canDo: "What they could do",
  signal: "A code word, and what to do when it comes",
  place: "A safe place or a check-in",
  ownWords: "Your own words",
} as const;

/** Opens the brief form from "Share their part with them" beside the person's name. */
export async function startBriefFor(page: Page, name: string): Promise<void> {
  await page.goto("/planner/section/trusted-people");
  const beside = page.locator("[data-share-links] li").filter({ hasText: name });
  await beside.getByRole("link", { name: "Share their part with them" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Share their part with them" })).toBeVisible();
}

export type BriefChoices = {
  parts: Partial<Record<keyof typeof briefPart, boolean>>;
  words?: Partial<Record<keyof typeof briefField, string>>;
  days?: string;
};

/** Ticks and fills the form as asked, then asks for the preview. */
export async function previewBrief(page: Page, choices: BriefChoices): Promise<void> {
  for (const [part, chosen] of Object.entries(choices.parts))
    await page.getByLabel(briefPart[part as keyof typeof briefPart], { exact: true }).setChecked(Boolean(chosen));
  for (const [field, value] of Object.entries(choices.words ?? {}))
    await page.getByLabel(briefField[field as keyof typeof briefField], { exact: true }).fill(value);
  if (choices.days) await page.getByLabel("How long it lasts").selectOption(choices.days);
  await submitAndWait(page, page.getByRole("button", { name: "See what they will see" }));
}

export function briefPreview(page: Page): Locator {
  return page.locator("[data-brief-preview]");
}

/** Makes the brief from the preview and reads the link and code shown once. */
export async function makeBriefFromPreview(page: Page): Promise<{ link: string; code: string; cacheControl: string }> {
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Make the note" }).click();
  const cacheControl = (await answered).headers()["cache-control"] ?? "";
  await expect(page.getByRole("heading", { level: 1, name: "Your note is ready" })).toBeVisible();
  const link = await page.locator("[data-brief-link]").inputValue();
  const code = ((await page.locator("[data-brief-code]").textContent()) ?? "").trim();
  return { link, code, cacheControl };
}

/** The one brief on her list named `label`. */
export function listedBrief(page: Page, label: string): Locator {
  return page.locator("[data-brief]").filter({ has: page.locator("[data-brief-label]", { hasText: label }) });
}
