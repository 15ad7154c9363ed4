import { randomUUID } from "node:crypto";
import type { Request } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { CHANGE_PLAN, signUp } from "@/tests/e2e/support/accounts";
import {
  addPerson,
  answerQuestions,
  changeBox,
  journeyAnswers,
  marker,
  openSection,
  planSection,
  revisionIds,
  saveWithButton,
  signedInPlanPaths,
} from "@/tests/e2e/support/plan";

/** The headers a browser sends with a server action; the cookie is left to whoever replays it. */
function actionHeaders(request: Request, origin: string): Record<string, string> {
  const headers = request.headers();
  const kept = ["content-type", "next-action", "next-router-state-tree", "accept"];
  return {
    ...Object.fromEntries(kept.filter((name) => headers[name]).map((name) => [name, headers[name] as string])),
    origin,
  };
}

/** The same form post, claiming a different plan version (a fresh plan is at version 0). */
function withVersion(body: string, version: number): string {
  const replaced = body.replace(
    /(name="(?:_?\d+_)?version"\r\n\r\n)\d+/,
    (_match, head: string) => `${head}${version}`,
  );
  expect(replaced, "the form post carries the plan version").not.toBe(body);
  return replaced;
}

test("another person cannot see, open or change someone's plan", async ({ page, openBrowser, baseURL, request }) => {
  test.setTimeout(90_000);
  const person = { name: marker("Priya "), reach: marker("555-0177 ") };

  // Person A makes a plan; the form post that saves it is kept for replaying.
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  const posted = page.waitForRequest(
    (sent) => sent.method() === "POST" && (sent.postData() ?? "").includes(person.reach),
  );
  await addPerson(page, person, "autosave");
  const formPost = await posted;
  const idsOfA = await revisionIds(page);
  expect(idsOfA.length).toBeGreaterThan(0);
  await page.goto("/planner");
  const plainOfA = await planSection(page, "trusted-people").innerText();
  expect(plainOfA).toContain(person.name);

  // Person B, in another browser, sees only their own empty plan.
  const pageOfB = await (await openBrowser()).newPage();
  await signUp(pageOfB);
  await pageOfB.goto("/planner");
  await expect(pageOfB.getByRole("link", { name: "Start with a few questions" })).toBeVisible();
  await expect(pageOfB.getByRole("main")).not.toContainText(person.name);
  await pageOfB.goto("/planner/history");
  await expect(pageOfB.getByText("There is nothing here yet.")).toBeVisible();
  for (const id of idsOfA) {
    const response = await pageOfB.goto(`/planner/history/${id}`);
    expect(response?.status(), `A's snapshot ${id} for B`).toBe(404);
    await expect(pageOfB.getByRole("main")).not.toContainText(person.name);
  }

  // B replays A's form post with B's own cookie: it lands in B's plan, never in A's.
  const body = withVersion(formPost.postData() ?? "", 0);
  const replayed = await pageOfB
    .context()
    .request.post(formPost.url(), { headers: actionHeaders(formPost, baseURL!), data: body });
  expect(replayed.status()).toBe(200);
  await pageOfB.goto("/planner");
  await expect(planSection(pageOfB, "trusted-people")).toContainText(person.name);

  // Signed out, A's snapshots send the visitor to sign in, and the same post changes nothing.
  for (const id of idsOfA) {
    const response = await request.get(`/planner/history/${id}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/sign-in");
  }
  const signedOut = await request.post(formPost.url(), { headers: actionHeaders(formPost, baseURL!), data: body });
  // The answer only offers to sign in and save what was sent; nothing of A's is in it.
  const answer = await signedOut.text();
  expect(answer).toContain('"signedOut":true');
  expect(answer).not.toContain(idsOfA[0]);

  await page.goto("/planner");
  expect(await planSection(page, "trusted-people").innerText()).toBe(plainOfA);
  expect(await revisionIds(page)).toEqual(idsOfA);
});

test("signed out, every plan page sends the visitor to sign in, and the plan page shows no plan", async ({
  page,
  request,
}) => {
  for (const path of [...signedInPlanPaths, `/planner/history/${randomUUID()}`, `/journal/history/${randomUUID()}`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toBe("/sign-in");
  }
  await page.goto("/planner/section/trusted-people");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/planner");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Make a plan");
  await expect(page.locator("section[data-section]")).toHaveCount(0);
  await page.goto("/journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A plan to change how you act");
  await expect(page.getByRole("main").locator("form, textarea")).toHaveCount(0);
});

test("another person cannot open someone's change plan or its history", async ({ page, openBrowser }) => {
  const line = marker("Call my brother before I drive ");
  await signUp(page, undefined, CHANGE_PLAN);
  await page.goto("/journal");
  await changeBox(page, "What I do instead").fill(line);
  await saveWithButton(page);
  await page.goto("/journal/history");
  const hrefs = await page
    .locator("[data-revisions] a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(0);

  const pageOfB = await (await openBrowser()).newPage();
  await signUp(pageOfB, undefined, CHANGE_PLAN);
  for (const address of ["/journal", "/journal/history", "/journal/print/plan"]) {
    await pageOfB.goto(address);
    await expect(pageOfB.getByRole("main")).not.toContainText(line);
  }
  for (const href of hrefs) {
    const response = await pageOfB.goto(href ?? "");
    expect(response?.status(), `A's snapshot ${href} for B`).toBe(404);
    await expect(pageOfB.getByRole("main")).not.toContainText(line);
  }
});
