import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { signUp } from "@/tests/e2e/support/accounts";
import {
  chooseTimeZone,
  entryWithChange,
  expectLocalTimes,
  historyEntries,
  LOCAL_ZONE,
  LOCAL_ZONE_LABEL,
  localTime,
} from "@/tests/e2e/support/history";
import {
  addPerson,
  answerQuestions,
  journeyAnswers,
  marker,
  openSection,
  planSection,
  revisionIds,
  type SaveBy,
} from "@/tests/e2e/support/plan";

test.use({ timezoneId: LOCAL_ZONE });

const timeZoneNote = (page: Page) => page.locator("[data-time-zone]");

/** Opens an entry of the history and brings that version back; returns the local time it was saved at. */
async function bringBack(page: Page, entry: ReturnType<typeof entryWithChange>): Promise<string> {
  const saved = localTime((await entry.locator("time").getAttribute("datetime")) ?? "");
  await entry.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Your plan as it was`);
  await page.getByRole("button", { name: "Bring back this version" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    `The version from ${saved} is your plan again. The plan you had just before is kept in your history`,
  );
  return saved;
}

async function restoreJourney(page: Page, by: SaveBy): Promise<void> {
  const sam = { name: marker("Sam "), reach: marker("555-0123 ") };
  const alex = { name: marker("Alex "), reach: marker("555-0456 ") };
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await addPerson(page, sam, by);
  // A press of Save always keeps a version of its own, even right after an autosave.
  await addPerson(page, alex, "button");

  await page.goto("/planner/history");
  if (by === "button") {
    // Without JavaScript the browser cannot say its zone: times say UTC until the person chooses one.
    await expect(timeZoneNote(page)).toContainText("Times are shown in UTC, because this site does not know");
    for (const time of await page.locator("[data-revisions] time").all()) await expect(time).toContainText("UTC)");
    await chooseTimeZone(page);
    await page.goto("/planner/history");
  }
  await expect(timeZoneNote(page)).toContainText(`Times are shown in your time zone, ${LOCAL_ZONE_LABEL}.`);
  await expectLocalTimes(page);
  const addedAlex = entryWithChange(page, `You added a trusted person: “${alex.name}”.`);
  await expect(historyEntries(page).first()).toHaveText(new RegExp(`^Saved.*added a trusted person: “${alex.name}”`));
  const addedSam = entryWithChange(page, `You added a trusted person: “${sam.name}”.`);
  await expect(addedSam).toHaveCount(1);

  // Make a change, then bring back the version from before it.
  const samSavedAt = await bringBack(page, addedSam);
  await page.goto("/planner");
  await expect(planSection(page, "trusted-people")).toContainText(`${sam.name} · ${sam.reach}`);
  await expect(planSection(page, "trusted-people")).not.toContainText(alex.name);

  // The newer version is still in the history, just below the restore, and can itself be brought back.
  await page.goto("/planner/history");
  await expectLocalTimes(page);
  await expect(historyEntries(page).nth(0).getByRole("link")).toHaveText(`Brought back the version from ${samSavedAt}`);
  await expect(historyEntries(page).nth(0).locator("[data-change]")).toHaveText(
    `You removed a trusted person: “${alex.name}”.`,
  );
  const kept = historyEntries(page).nth(1);
  await expect(kept.getByRole("link")).toHaveText("Your plan just before you brought back an earlier version");
  await expect(addedAlex).toHaveCount(1);
  await kept.getByRole("link").click();
  await expect(planSection(page, "trusted-people")).toContainText(`${alex.name} · ${alex.reach}`);
  await page.goto("/planner/history");
  await bringBack(page, historyEntries(page).nth(1));
  await page.goto("/planner");
  await expect(planSection(page, "trusted-people")).toContainText(alex.name);
  await expect(planSection(page, "trusted-people")).toContainText(sam.name);
}

test("make a change, bring back the old version, and find the newer one still in the history", async ({ page }) => {
  test.setTimeout(90_000);
  await restoreJourney(page, "autosave");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same, with the Save buttons and a time zone chosen in the display settings", async ({ page }) => {
    test.setTimeout(90_000);
    await restoreJourney(page, "button");
  });
});

test("another account's version, or one that does not exist, cannot be brought back", async ({ page, openBrowser }) => {
  test.setTimeout(90_000);
  const theirs = marker("Their person ");
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: theirs }, "autosave");
  const theirRevisions = await revisionIds(page);

  // Another person makes a plan with two versions, and opens the older one to bring it back.
  const mine = await (await openBrowser({ timezoneId: LOCAL_ZONE })).newPage();
  await signUp(mine);
  await answerQuestions(mine, journeyAnswers);
  await mine.goto("/planner/questions");
  await mine.getByRole("group", { name: "Do you have pets?", exact: true }).getByLabel("Yes", { exact: true }).check();
  await mine.getByRole("button", { name: "Save my answers" }).click();
  await expect(mine).toHaveURL(/\/planner$/);
  const myRevisions = await revisionIds(mine);
  expect(myRevisions).toHaveLength(2);
  await mine.goto(`/planner/history/${myRevisions[1]}`);

  // The form is changed to name the first person's version, then one that does not exist: the same answer.
  const revisionField = mine.locator('input[name="revisionId"]');
  for (const id of [theirRevisions[0]!, randomUUID()]) {
    await revisionField.evaluate((field, value) => ((field as HTMLInputElement).value = value), id);
    await mine.getByRole("button", { name: "Bring back this version" }).click();
    await expect(mine.getByRole("main").getByRole("alert")).toHaveText(
      "That version of your plan could not be found. Nothing was changed.",
    );
  }
  await mine.goto("/planner");
  await expect(mine.getByRole("main")).not.toContainText(theirs);
  expect(await revisionIds(mine)).toEqual(myRevisions);
  expect(await revisionIds(page)).toEqual(theirRevisions);
  await page.goto("/planner");
  await expect(planSection(page, "trusted-people")).toContainText(theirs);
});
