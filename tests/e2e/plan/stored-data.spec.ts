import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { signUp } from "@/tests/e2e/support/accounts";
import {
  addPerson,
  addPlace,
  addWorkContact,
  answerQuestions,
  autosave,
  changeBox,
  journeyAnswers,
  marker,
  openSection,
  row,
  saveWithButton,
  writeNote,
} from "@/tests/e2e/support/plan";

// The server's database for this run (playwright.config.ts), with its write-ahead log beside it.
const databaseFolder = path.join(import.meta.dirname, "../../.output/e2e-artifacts/database");

function databaseBytes(): Buffer {
  const files = fs.readdirSync(databaseFolder).filter((name) => name.startsWith("e2e.db"));
  expect(files, "the database and its -wal").toContain("e2e.db");
  return Buffer.concat(files.map((name) => fs.readFileSync(path.join(databaseFolder, name))));
}

test("the database file and its log hold none of the words of a plan", async ({ page }) => {
  test.setTimeout(90_000);
  const words = {
    person: marker("Zephyrine"),
    reach: marker("555-0190-"),
    codeWord: marker("marigold"),
    place: marker("Quillfeather Library "),
    way: marker("the orange line to "),
    contact: marker("Okonkwo "),
    note: marker("Passport is behind the "),
    changeLine: marker("I want to be gentle with "),
    checklistItem: marker("Grandmother's letters "),
    keptWhere: marker("blue tin under the stairs "),
  };

  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: words.person, reach: words.reach, codeWord: words.codeWord }, "autosave");
  await writeNote(page, words.note, "autosave");
  await openSection(page, "safe-places");
  await addPlace(page, { place: words.place, howToGetThere: words.way }, "autosave");
  await openSection(page, "work-school");
  await addWorkContact(page, { role: "Manager or supervisor", name: words.contact }, "autosave");
  await openSection(page, "leaving");
  const item = row(page, "Add something to this list");
  await item.getByLabel("What it is").fill(words.checklistItem);
  await item.getByLabel("Where it is (optional)").fill(words.keptWhere);
  await autosave(page, words.keptWhere);
  await page.goto("/journal");
  await changeBox(page, "What matters to me").fill(words.changeLine);
  await saveWithButton(page);

  // The words are in the plan the person sees ...
  await page.goto("/planner");
  for (const word of [
    words.person,
    words.reach,
    words.codeWord,
    words.place,
    words.way,
    words.contact,
    words.note,
    words.checklistItem,
    words.keptWhere,
  ]) {
    await expect(page.getByRole("main")).toContainText(word);
  }

  // ... and nowhere in what the server wrote to disk, where the table names are in plain text.
  const bytes = databaseBytes();
  expect(bytes.includes(Buffer.from("Record")), "positive control: the name of the table plans live in").toBe(true);
  const found = Object.entries(words).filter(([, word]) => bytes.includes(Buffer.from(word.trim())));
  expect(found, "plan words in the database").toEqual([]);
});
