import { expect, test } from "@/tests/e2e/support/fixtures";
import { signUp } from "@/tests/e2e/support/accounts";
import { pauseClock } from "@/tests/e2e/support/app-page";
import {
  addPlace,
  answerQuestions,
  editRow,
  journeyAnswers,
  marker,
  noteField,
  openSection,
  planSection,
  row,
  saveButton,
  saveStatus,
} from "@/tests/e2e/support/plan";

test("a save from a tab that is out of date shows what differs, loses nothing, and Save then keeps it", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const place = { place: marker("Aunt Mei's flat "), howToGetThere: marker("number 7 bus ") };
  const wayFromA = marker("taxi from the corner ");
  const noteFromB = marker("Key is under the blue pot ");

  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "safe-places");
  await addPlace(page, place, "autosave");

  const tabA = page;
  const tabB = await context.newPage();
  await openSection(tabB, "safe-places");

  // Tab A saves first.
  await editRow(tabA, place.place, "How to get there", wayFromA, "autosave");

  // Tab B still has the version from before. From here the clock only moves when the test says,
  // so a save that autosave would send on its own after the Save button cannot hide.
  await pauseClock(tabB);
  const postsFromB: string[] = [];
  tabB.on("request", (request) => {
    if (request.method() === "POST") postsFromB.push(request.url());
  });
  await noteField(tabB).fill(noteFromB);
  await saveButton(tabB).click();
  const notice = tabB.getByRole("alert").filter({ hasText: "Your plan was changed somewhere else" });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("listitem")).toHaveText([
    `You changed the details of a safe place “${place.place}”.`,
    "You changed your notes in “Safe places”.",
  ]);
  await tabB.clock.runFor(5_000);

  // Nothing was lost: tab B's words are still in its form, and kept in the history.
  await expect(noteField(tabB)).toHaveValue(noteFromB);
  await expect(row(tabB, place.place).getByLabel("How to get there")).toHaveValue(place.howToGetThere);
  await expect(saveStatus(tabB)).toHaveText("");
  await tabA.goto("/planner/history");
  await tabA.getByRole("link", { name: "Your version, kept when another tab or device saved first" }).click();
  await expect(tabA.getByRole("main")).toContainText(noteFromB);

  // Tab A's change is the one saved, and nothing else was sent from tab B.
  await tabA.goto("/planner");
  await expect(planSection(tabA, "safe-places")).toContainText(`getting there: ${wayFromA}`);
  await expect(planSection(tabA, "safe-places")).not.toContainText(noteFromB);
  await expect(notice).toBeVisible();
  expect(postsFromB, "posts from tab B").toHaveLength(1);

  // Save in tab B keeps tab B's version.
  await tabB.clock.resume();
  await saveButton(tabB).click();
  await expect(saveStatus(tabB)).toHaveText("Saved.");
  await expect(notice).toHaveCount(0);
  await tabA.goto("/planner");
  await expect(planSection(tabA, "safe-places")).toContainText(noteFromB);
  await expect(planSection(tabA, "safe-places")).toContainText(`getting there: ${place.howToGetThere}`);
});
