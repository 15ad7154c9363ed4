import { expect, type Page } from "@playwright/test";
import { signIn, signOut, signUp } from "./accounts";
import {
  addPerson,
  addPlace,
  addWorkContact,
  answerQuestions,
  changesList,
  editRow,
  expectSectionsFor,
  finishReview,
  journeyAnswers,
  journeySections,
  marker,
  openSection,
  planSection,
  showPrintedPlan,
  type Person,
  type Place,
  type SaveBy,
  tickIdea,
  type WorkContact,
} from "./plan";

/**
 * The whole safety-plan journey, the same with JavaScript (autosave) and without it (Save buttons):
 * questions, a tailored plan, entries that survive signing out, a review, an edit the review names,
 * the history, the printed plan and the wallet card.
 */
export async function planJourney(page: Page, by: SaveBy): Promise<void> {
  const people: Person[] = [
    { name: marker("Rowan"), reach: marker("555-0101 "), helps: ["Hold a spare key"], codeWord: marker("bluebird") },
    { name: marker("Idris"), reach: marker("text first ") },
  ];
  const place: Place = {
    place: marker("Library on King "),
    howToGetThere: marker("bus 12 "),
    keptThere: marker("spare charger "),
  };
  const contact: WorkContact = {
    role: "Front desk or security",
    name: marker("Dana "),
    willDo: ["Screen my calls and visitors"],
  };
  const [rowan, idris] = people as [Person, Person];

  const account = await signUp(page);
  await page.goto("/planner");
  await expect(page.getByRole("link", { name: "Start with a few questions" })).toBeVisible();
  await answerQuestions(page, journeyAnswers);
  await expectSectionsFor(page, journeySections);

  await openSection(page, "trusted-people");
  for (const person of people) await addPerson(page, person, by);
  await tickIdea(page, "choose-your-trusted-people", by);
  await openSection(page, "safe-places");
  await addPlace(page, place, by);
  await openSection(page, "work-school");
  await addWorkContact(page, contact, by);

  // Everything is still there after signing out and in again.
  await signOut(page);
  await signIn(page, account.username, account.passphrase);
  await page.goto("/planner");
  await expect(planSection(page, "trusted-people")).toContainText(
    `${rowan.name} · ${rowan.reach} · hold a spare key · code word: ${rowan.codeWord}`,
  );
  await expect(planSection(page, "trusted-people")).toContainText(`${idris.name} · ${idris.reach}`);
  await expect(planSection(page, "trusted-people")).toContainText(/\d+ ideas, 1 marked done/);
  await expect(planSection(page, "safe-places")).toContainText(
    `${place.place} · getting there: ${place.howToGetThere} · kept there: ${place.keptThere}`,
  );
  await expect(planSection(page, "work-school")).toContainText(
    `${contact.name} (front desk or security) · screen my calls and visitors`,
  );
  await expectSectionsFor(page, journeySections);

  // A reminder date that has come shows a reminder, until the review is done.
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("Remind me to review my plan on").fill(today);
  await page.getByRole("button", { name: "Set date" }).click();
  const reminder = page.getByText("It is time to look over your plan, as you asked.");
  await expect(reminder).toBeVisible();
  await finishReview(page);
  await expect(reminder).toHaveCount(0);

  // An edit after the review is named in plain words.
  const newWay = marker("walk along the river ");
  await openSection(page, "safe-places");
  await editRow(page, place.place, "How to get there", newWay, by);
  await page.goto("/planner");
  const changed = `You changed the details of a safe place “${place.place}”.`;
  await expect(changesList(page)).toHaveText([changed]);
  await expect(planSection(page, "safe-places")).toContainText(`getting there: ${newWay}`);

  // The history keeps every step; the reviewed plan opens as it was.
  await page.goto("/planner/history");
  expect(await page.locator("[data-revisions] a").count()).toBeGreaterThanOrEqual(3);
  await page.getByRole("link", { name: "Reviewed", exact: true }).click();
  await expect(page).toHaveURL(/\/planner\/history\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Your plan as it was");
  await expect(page.getByRole("region", { name: "What is different now" }).getByRole("listitem")).toHaveText([changed]);
  await expect(planSection(page, "safe-places")).toContainText(`getting there: ${place.howToGetThere}`);
  await expect(planSection(page, "safe-places")).not.toContainText(newWay);
  await expect(planSection(page, "trusted-people")).toContainText(rowan.name);

  // The printed plan comes after a warning about paper; phone numbers and addresses only if ticked in.
  await showPrintedPlan(page);
  const printed = page.getByRole("main");
  for (const text of [rowan.name, idris.name, contact.name]) await expect(printed).toContainText(text);
  for (const text of [rowan.reach, place.place, newWay]) await expect(printed).not.toContainText(text!);
  await expect(printed).not.toContainText("Why this part is in your plan");
  await page.getByRole("button", { name: "Change what goes on paper" }).click();
  await showPrintedPlan(page, async () => {
    await page.getByLabel("Phone numbers and other ways to reach people").check();
    await page.getByLabel("Addresses: where places are and how to get there").check();
  });
  for (const text of [rowan.name, rowan.reach, idris.name, place.place, newWay, contact.name])
    await expect(printed).toContainText(text!);

  // So does the wallet card, with a trusted person's name and how to reach them.
  await page.goto("/planner/card");
  await page.getByRole("link", { name: "I understand. Show the card" }).click();
  await expect(page).toHaveURL(/\/planner\/card\/show$/);
  const card = page.locator("[data-wallet-card]");
  await expect(card).toContainText(`${rowan.name}: ${rowan.reach}`);
  await expect(card).toContainText(`${idris.name}: ${idris.reach}`);
  await expect(card).toContainText(`Word: ${rowan.codeWord}`);
  await expect(card).toContainText(`Place: ${place.place}`);
}
