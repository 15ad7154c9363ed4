import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  loadDisplaySettings,
  rememberBrowserTimeZone,
  saveDisplaySettings,
  saveTimeZone,
} from "@/lib/settings/settings-store";
import { rawDatabaseBytes } from "./support/raw-database";
import { readableIn } from "./support/readable-forms";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

describe.each(dialects)("a person's tab title and quick-exit site on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("are kept only locked under the person's key: the database copy holds neither", async () => {
    const { db, target } = database();
    const account = await signUp(db);
    const title = `Bus times ${randomBytes(4).toString("hex")}`;
    const exitUrl = `https://weather-${randomBytes(4).toString("hex")}.example/`;
    await saveDisplaySettings(db, account.owner, { tabTitle: title, exitUrl });
    expect(await loadDisplaySettings(db, account.owner)).toEqual({ tabTitle: title, exitUrl });

    const bytes = await rawDatabaseBytes(target);
    expect(readableIn(bytes, account.userId)).toContain("utf8");
    expect([
      ...readableIn(bytes, title),
      ...readableIn(bytes, exitUrl),
      ...readableIn(bytes, new URL(exitUrl).hostname),
    ]).toEqual([]);
  });

  it("open for no one else: another account reads the usual choices", async () => {
    const { db } = database();
    const [owner, other] = [await signUp(db), await signUp(db)];
    await saveDisplaySettings(db, owner.owner, { tabTitle: "Recipes" });
    expect(await loadDisplaySettings(db, other.owner)).toEqual({});
    expect(await loadDisplaySettings(db, { userId: owner.userId, dataKey: other.owner.dataKey })).toEqual({});
  });

  it("can be changed, and going back to the usual choices leaves no record at all", async () => {
    const { db } = database();
    const account = await signUp(db);
    await saveDisplaySettings(db, account.owner, { tabTitle: "Recipes" });
    await saveDisplaySettings(db, account.owner, { exitUrl: "https://en.wikipedia.org/" });
    expect(await loadDisplaySettings(db, account.owner)).toEqual({ exitUrl: "https://en.wikipedia.org/" });
    const before = await db.record.count({ where: { userId: account.userId } });
    await saveDisplaySettings(db, account.owner, {});
    expect(await db.record.count({ where: { userId: account.userId } })).toBe(before - 1);
    expect(await loadDisplaySettings(db, account.owner)).toEqual({});
  });

  it("keep one of several saves sent at once, without an error", async () => {
    const { db } = database();
    const account = await signUp(db);
    const titles = ["First tab", "Second tab", "Third tab"];
    const before = await db.record.count({ where: { userId: account.userId } });
    await Promise.all(titles.map((tabTitle) => saveDisplaySettings(db, account.owner, { tabTitle })));
    expect(titles).toContain((await loadDisplaySettings(db, account.owner)).tabTitle);
    expect(await db.record.count({ where: { userId: account.userId } })).toBe(before + 1);
  });

  it("keep the time zone apart: the browser's zone follows the browser, a chosen one stays, and neither is readable", async () => {
    const { db, target } = database();
    const account = await signUp(db);
    expect(await rememberBrowserTimeZone(db, account.owner, "America/Regina")).toBe(true);
    expect(await rememberBrowserTimeZone(db, account.owner, "America/Regina")).toBe(false);
    await saveDisplaySettings(db, account.owner, { tabTitle: "Recipes" });
    expect(await loadDisplaySettings(db, account.owner)).toEqual({
      tabTitle: "Recipes",
      timeZone: { name: "America/Regina", chosen: false },
    });
    expect(await rememberBrowserTimeZone(db, account.owner, "Europe/Paris")).toBe(true);

    await saveTimeZone(db, account.owner, { name: "Pacific/Auckland", chosen: true });
    expect(await rememberBrowserTimeZone(db, account.owner, "Europe/Paris")).toBe(false);
    expect((await loadDisplaySettings(db, account.owner)).timeZone).toEqual({ name: "Pacific/Auckland", chosen: true });
    expect(readableIn(await rawDatabaseBytes(target), "Pacific/Auckland")).toEqual([]);

    // Following the browser again, with the usual title and site, leaves no record at all.
    await saveTimeZone(db, account.owner, undefined);
    await saveDisplaySettings(db, account.owner, {});
    expect(await loadDisplaySettings(db, account.owner)).toEqual({});
  });
});
