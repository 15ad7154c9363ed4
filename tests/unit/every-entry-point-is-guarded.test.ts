import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const appFolder = path.resolve(import.meta.dirname, "../../app");

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(appFolder).map((file) => ({
  file: path.relative(appFolder, file),
  text: fs.readFileSync(file, "utf8"),
}));
const serverActions = files.filter(({ text }) => /^["']use server["'];?/m.test(text));
const routeHandlers = files.filter(({ file }) => /(^|\/)route\.ts$/.test(file));

describe("every way into the server goes through the one wrapper", () => {
  it("finds the entry points it checks", () => {
    expect(serverActions.length).toBeGreaterThanOrEqual(7);
    expect(routeHandlers.length).toBeGreaterThanOrEqual(2);
  });

  it.each(serverActions.map(({ file, text }) => [file, text]))("server action %s", (_file, text) => {
    // guardedActionWithSignIn runs the same guard, and again with a new session after a sign-in from the form.
    expect(text).toMatch(/from "@\/lib\/auth\/(guarded-action|sign-in-to-save)"/);
    expect(text).toMatch(/guardedAction(WithSignIn)?\(\{/);
  });

  it.each(routeHandlers.map(({ file, text }) => [file, text]))("route handler %s", (_file, text) => {
    expect(text).toMatch(/from "@\/lib\/auth\/(guarded-action|leave-site)"/);
  });
});
