import { expect, test } from "@/tests/e2e/support/fixtures";
import { CHANGE_PLAN, signUp } from "@/tests/e2e/support/accounts";
import {
  addPerson,
  addPlace,
  addWorkContact,
  answerQuestions,
  changeBox,
  journeyAnswers,
  journeySectionIds,
  marker,
  noteField,
  openSection,
  revisionIds,
  row,
  saveButton,
  saveWithButton,
  tickIdea,
  wcagViolations,
  writeNote,
} from "@/tests/e2e/support/plan";

test.use({ viewport: { width: 320, height: 800 } });

test("every plan page, with entries in it, has no WCAG violations at 320 px", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await addPerson(
    page,
    { name: marker("Rowan "), reach: marker("555-0101 "), helps: ["Hold a spare key"], codeWord: "bluebird" },
    "button",
  );
  await tickIdea(page, "choose-your-trusted-people", "button");
  await writeNote(page, "Call after six.\nNot on Sundays.", "button");
  await openSection(page, "safe-places");
  await addPlace(page, { place: marker("Library "), howToGetThere: "Bus 12", keptThere: "A charger" }, "button");
  await openSection(page, "work-school");
  await addWorkContact(page, { role: "Union rep", name: marker("Dana "), willDo: ["Change my schedule"] }, "button");
  const [revision] = await revisionIds(page);

  const addresses = [
    "/planner",
    "/planner/questions",
    ...journeySectionIds.map((id) => `/planner/section/${id}`),
    "/planner/history",
    `/planner/history/${revision}`,
    "/planner/review",
    "/planner/print",
    "/planner/print/plan",
    "/planner/card",
    "/planner/card/show",
    "/planner/export",
    "/planner/import",
    "/journal",
  ];
  const found = [];
  for (const address of addresses) {
    await page.goto(address);
    expect(page.url(), "still signed in").toMatch(new RegExp(`${address}$`));
    found.push(...(await wcagViolations(page, address)));
  }
  expect(found).toEqual([]);
});

test("plan forms showing field errors or a conflict have no WCAG violations at 320 px", async ({ page, context }) => {
  test.setTimeout(90_000);
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  const found = [];

  await openSection(page, "work-school");
  await row(page, "Add a contact").getByLabel("Name (optional)").fill("No role yet");
  await saveButton(page).click();
  await expect(page.locator("#workplaceContacts-0-role-error")).toBeVisible();
  found.push(...(await wcagViolations(page, "work-school with a field error")));

  await openSection(page, "trusted-people");
  await row(page, "Add a person").getByLabel("How to reach them").fill("555-0100");
  await saveButton(page).click();
  await expect(page.locator("#trustedPeople-0-name-error")).toBeVisible();
  found.push(...(await wcagViolations(page, "trusted-people with a field error")));

  await page.goto("/planner/export");
  await page.getByLabel("A passphrase for this copy").fill("several quiet words here");
  await page.getByLabel("The same passphrase again").fill("not the same words at all");
  await page.getByRole("button", { name: "Make a locked copy" }).click();
  await expect(page.locator("#field-confirmPassphrase-error")).toBeVisible();
  found.push(...(await wcagViolations(page, "export with a field error")));

  await openSection(page, "safe-places");
  const other = await context.newPage();
  await other.setViewportSize({ width: 320, height: 800 });
  await openSection(other, "safe-places");
  await writeNote(other, "Saved in the other tab.", "button");
  await noteField(page).fill("Written in this tab.");
  await saveButton(page).click();
  await expect(page.getByRole("heading", { name: "Your plan was changed somewhere else" })).toBeVisible();
  found.push(...(await wcagViolations(page, "safe-places with a conflict notice")));

  await page.goto("/journal");
  const otherJournal = other;
  await otherJournal.goto("/journal");
  await otherJournal
    .getByRole("region", { name: "What matters to me", exact: true })
    .getByRole("textbox")
    .fill("From the other tab");
  await saveWithButton(otherJournal);
  await page
    .getByRole("region", { name: "What matters to me", exact: true })
    .getByRole("textbox")
    .fill("From this tab");
  await saveButton(page).click();
  await expect(page.getByRole("heading", { name: "This plan was changed in another tab" })).toBeVisible();
  found.push(...(await wcagViolations(page, "/journal with a conflict notice")));

  expect(found).toEqual([]);
});

test("plan forms offering to sign in and save, or listing what could not be saved, have no WCAG violations at 320 px", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  const found = [];

  await openSection(page, "trusted-people");
  const code = row(page, "Add a person").getByLabel("A code word you share (optional)");
  await row(page, "Add a person").getByLabel("Name or nickname").fill("Sam");
  await code.evaluate((element) => element.removeAttribute("maxlength"));
  await code.fill("x".repeat(61));
  await saveButton(page).click();
  await expect(page.locator("[data-error-summary]")).toBeVisible();
  found.push(...(await wcagViolations(page, "trusted-people with an error summary")));

  await openSection(page, "safe-places");
  const other = await context.newPage();
  await other.goto("/links");
  await other.getByRole("link", { name: "Quick exit", exact: true }).click();
  await expect(other).toHaveURL(/neutral\.example/);
  await other.close();
  await noteField(page).fill("Written after the session ended.");
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.getByRole("region", { name: "You were signed out, so this is not saved yet" })).toBeVisible();
  found.push(...(await wcagViolations(page, "safe-places offering to sign in and save")));
  expect(found).toEqual([]);
});

test("the change plan's pages and the choice of plan have no WCAG violations at 320 and 1280 px", async ({ page }) => {
  test.setTimeout(120_000);
  const found = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/journal");
    found.push(...(await wcagViolations(page, `/journal signed out at ${width} px`)));
  }
  await signUp(page, undefined, CHANGE_PLAN);
  await page.goto("/journal/questions");
  await page
    .getByRole("group", { name: "Is there a court order, bail or probation condition about who you can contact?" })
    .getByLabel("Yes", { exact: true })
    .check();
  await page.getByRole("button", { name: "Save my answers" }).click();
  await changeBox(page, "What I do instead").fill(marker("Walk to the park "));
  await saveWithButton(page);
  await page.goto("/journal/history");
  const revision = (await page.locator("[data-revisions] a").first().getAttribute("href")) ?? "";
  const addresses = [
    "/journal",
    "/journal/questions",
    "/journal/history",
    revision,
    "/journal/print",
    "/journal/print/plan",
    "/journal/export",
    "/journal/import",
    "/account",
    "/account/plan",
  ];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const address of addresses) {
      await page.goto(address);
      expect(page.url(), "still signed in").toMatch(new RegExp(`${address}$`));
      found.push(...(await wcagViolations(page, `${address} at ${width} px`)));
    }
  }
  expect(found).toEqual([]);
});
