import { expect, test } from "@/tests/e2e/support/fixtures";
import { signUp } from "@/tests/e2e/support/accounts";
import { lookBack } from "@/tests/e2e/support/look-back";
import { choosePriorities, nextStepIds, pressOnStep } from "@/tests/e2e/support/next-steps";
import {
  addPerson,
  addPlace,
  addWorkContact,
  answerQuestions,
  finishReview,
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
    "/planner/look-back",
    "/planner/print",
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

test("the plan page with its next steps and menus open, and the questions, have no WCAG violations at 320 and 1280 px", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUp(page);
  await answerQuestions(page, { ...journeyAnswers, priorities: ["The children", "Money and housing"] });
  await finishReview(page);
  await choosePriorities(page, ["The children"]);
  const [first] = await nextStepIds(page);
  await pressOnStep(page, first!, "Pick a different one");
  const found = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/planner");
    found.push(...(await wcagViolations(page, `/planner at ${width} px`)));
    await page.getByText("Plan tools", { exact: true }).click();
    await page.locator("section[aria-labelledby=changed-heading] summary").click();
    await expect(page.locator("ul[data-changes]")).toBeVisible();
    // Opening them scrolled the page; axe would count a button passing under the sticky quick-exit bar as too close to it.
    await page.evaluate(() => window.scrollTo(0, 0));
    found.push(...(await wcagViolations(page, `/planner with its menus open at ${width} px`)));
    await page.goto("/planner/questions");
    found.push(...(await wcagViolations(page, `/planner/questions at ${width} px`)));
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

test("the look back, with answers saved and lines to call, and the plan and review that show it, have no WCAG violations at 320 and 1280 px", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signUp(page);
  await answerQuestions(page, { province: "Ontario" });
  await lookBack(page, { strangulation: "Yes", weapon: "Yes", "suicide-threats": "Yes", stalking: "Not sure" });
  const found = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const address of ["/planner/look-back", "/planner", "/planner/review"]) {
      await page.goto(address);
      found.push(...(await wcagViolations(page, `${address} at ${width} px`)));
    }
  }
  expect(found).toEqual([]);
});

for (const width of [320, 1280]) {
  test(`checklists, the print choices and printed plan, and a refused review date have no WCAG violations at ${width} px`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    await signUp(page);
    await answerQuestions(page, { ...journeyAnswers, pets: "Yes" });
    const found = [];

    await openSection(page, "leaving");
    const blank = row(page, "Add something to this list");
    await blank.getByLabel("What it is").fill(marker("Letters "));
    await blank.getByLabel("Where it is (optional)").fill("blue tin");
    await saveWithButton(page);
    const clothes = page.getByRole("group", { name: "A change of clothes (a suggestion)" });
    await clothes.getByText("Where it is, or leave it out").click();
    await clothes.getByLabel("Leave this suggestion out when I press Save").check();
    await saveButton(page).click();
    await expect(page.getByText("Suggestions you left out (1)")).toBeVisible();
    await page.getByText("Suggestions you left out (1)").click();
    await page
      .getByRole("group", { name: /^Photo ID/ })
      .getByText("Where it is, or leave it out")
      .click();
    found.push(...(await wcagViolations(page, "leaving with a checklist, an item left out and one unfolded")));

    await row(page, "Add something to this list").getByLabel("Where it is (optional)").fill("in the car");
    await saveButton(page).click();
    await expect(page.locator("#goBagItems-10-what-error")).toBeVisible();
    found.push(...(await wcagViolations(page, "leaving with a checklist item that needs its words")));

    for (const section of ["children", "pets", "technology", "money"]) {
      await openSection(page, section);
      found.push(...(await wcagViolations(page, `/planner/section/${section} with its checklist`)));
    }

    await page.goto("/planner/print");
    found.push(...(await wcagViolations(page, "/planner/print with its choices")));
    await page.getByRole("button", { name: "Show my plan to print" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My plan");
    found.push(...(await wcagViolations(page, "the printed plan")));

    await page.goto("/planner");
    await page.getByLabel("Remind me to review my plan on").fill("2020-01-01");
    await page.getByRole("button", { name: "Set date" }).click();
    await expect(page.locator("#review-by-error")).toBeVisible();
    // Scrolled down, the header that keeps quick exit in view covers the tool links above, which axe counts
    // against their size; that is true of every page with links under the header, not of this form.
    await page.evaluate(() => window.scrollTo(0, 0));
    found.push(...(await wcagViolations(page, "/planner with a review date refused")));
    expect(found).toEqual([]);
  });
}

test("the history, a restore, the import preview and the time zone choice have no WCAG violations at 320 and 1280 px", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const found: Awaited<ReturnType<typeof wcagViolations>> = [];
  const atBothWidths = async (where: string) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      found.push(...(await wcagViolations(page, `${where} at ${width} px`)));
    }
  };
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: marker("Rowan ") }, "button");
  const filePassphrase = "several quiet words for the copy";
  await page.goto("/planner/export");
  await page.getByLabel("A passphrase for this copy").fill(filePassphrase);
  await page.getByLabel("The same passphrase again").fill(filePassphrase);
  await page.getByRole("button", { name: "Make a locked copy" }).click();
  const link = page.locator("[data-plan-file]");
  await expect(link).toBeVisible({ timeout: 15_000 });
  const downloading = page.waitForEvent("download");
  await link.click();
  const file = test.info().outputPath("copy.json");
  await (await downloading).saveAs(file);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: marker("Idris ") }, "button");

  await page.goto("/planner/history");
  await atBothWidths("/planner/history with what each save changed");
  const [, older] = await revisionIds(page);
  await page.goto(`/planner/history/${older}`);
  await page.getByRole("button", { name: "Bring back this version" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("is your plan again.");
  await atBothWidths("a version just brought back");
  await page.goto("/planner/history");
  await atBothWidths("/planner/history after a restore");

  await page.goto("/planner/import");
  await page.getByLabel("The file you saved").setInputFiles(file);
  await page.getByLabel("The passphrase you chose for this file").fill(filePassphrase);
  await page.getByRole("button", { name: "Open the copy" }).click();
  await expect(page.getByRole("region", { name: "What this copy would change" })).toBeVisible({ timeout: 15_000 });
  await atBothWidths("/planner/import showing what a copy would change");

  await page.goto("/account/display");
  await page.getByLabel("Time zone", { exact: true }).selectOption({ label: "Europe / Paris" });
  await page.getByRole("button", { name: "Save the time zone" }).click();
  await expect(page.locator("[data-time-zone-form]").getByRole("status")).toHaveText(
    "Saved. Times are now shown in this zone.",
  );
  await atBothWidths("/account/display with a time zone chosen");
  await page.goto("/account/sessions");
  await atBothWidths("/account/sessions");
  expect(found).toEqual([]);
});
