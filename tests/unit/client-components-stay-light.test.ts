import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
// Modules that would put server data or big lists into the JavaScript sent to old phones.
const SERVER_ONLY = [
  /lib\/auth\/account-schemas/,
  /common-passphrases/,
  /@zxcvbn-ts/,
  /lib\/db\//,
  /lib\/crypto\//,
  /^node:/,
  /lib\/content\/guidance"/,
];

function files(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return files(relative);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const clientComponents = [...files("components"), ...files("app")]
  .map((file) => ({ file, text: fs.readFileSync(path.join(root, file), "utf8") }))
  .filter(({ text }) => /^["']use client["'];?/m.test(text));

describe("what the browser downloads stays small", () => {
  it("finds the client components", () => {
    expect(clientComponents.length).toBeGreaterThan(5);
  });

  it.each(clientComponents.map(({ file, text }) => [file, text]))(
    "%s imports nothing server-side at run time",
    (_file, text) => {
      const runtimeImports = [...text.matchAll(/^import (?!type )[^;]*?from "([^"]+)"/gm)].map(
        (match) => match[1] as string,
      );
      for (const source of runtimeImports) for (const banned of SERVER_ONLY) expect(source).not.toMatch(banned);
    },
  );
});
