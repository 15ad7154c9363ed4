import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** What a file imports, as paths from the repository root ("lib/db/database") or package names ("node:fs"). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  return [...text.matchAll(/^(?:import|export)\b[^;]*?from "([^"]+)"|^import "([^"]+)"/gm)].map((match) => {
    const source = (match[1] ?? match[2]) as string;
    if (source.startsWith("@/")) return source.slice(2);
    if (source.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
    return source;
  });
}

const importing = (files: string[], banned: RegExp) =>
  files.flatMap((file) =>
    importsOf(file)
      .filter((source) => banned.test(source))
      .map((source) => `${file} → ${source}`),
  );

// Kept only until app/account/page.tsx (another branch) imports lib/plan-store itself.
const ACCOUNT_PAGE_SHIM = "lib/plan/plan-store.ts";

describe("the plan builder is pure: plain values in, plain values out", () => {
  const plan = sourceFiles("lib/plan").filter((file) => file !== ACCOUNT_PAGE_SHIM);

  it("finds the builder's files", () => {
    expect(plan).toContain("lib/plan/build-plan.ts");
  });

  it("reads no database, records, keys or files", () => {
    expect(
      importing(
        plan,
        /^(lib\/(db|records|record-kinds|crypto|plan-store|auth)\/|node:|server-only$|components\/|app\/)/,
      ),
    ).toEqual([]);
  });

  it("and the record store does not reach into the plan", () => {
    expect(importing(sourceFiles("lib/records"), /^lib\/plan\//)).toEqual([]);
  });

  it("keeps zod out of the entry tables, which forms in the browser read", () => {
    const tables = sourceFiles("lib/plan/entry-kinds").filter((file) => !file.endsWith("entry-schemas.ts"));
    expect(importing(tables, /^zod$|entry-schemas$/)).toEqual([]);
  });
});

/** Every file a module reaches through our own imports (type-only imports are left out: they vanish at build). */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = fs.readFileSync(path.join(root, file), "utf8");
  for (const match of text.matchAll(/^import (?!type )[^;]*?from "([^"]+)"/gm)) {
    const source = match[1] as string;
    const local = source.startsWith("@/")
      ? source.slice(2)
      : source.startsWith(".")
        ? path.posix.normalize(path.posix.join(path.posix.dirname(file), source))
        : undefined;
    if (!local) {
      seen.add(source);
      continue;
    }
    const found = [`${local}.ts`, `${local}.tsx`, `${local}/index.ts`].find((candidate) =>
      fs.existsSync(path.join(root, candidate)),
    );
    if (found) reachable(found, seen);
  }
  return seen;
}

describe("the plan's forms send the browser no zod", () => {
  const clientForms = sourceFiles("components/plan").filter((file) =>
    /^["']use client["']/m.test(fs.readFileSync(path.join(root, file), "utf8")),
  );

  it.each(clientForms)("%s", (file) => {
    expect([...reachable(file)].filter((source) => source === "zod")).toEqual([]);
  });
});

describe("routes and components get what they need from the wrapper and the stores", () => {
  it("no plan route or component wires the database", () => {
    const files = [...sourceFiles("app/planner"), ...sourceFiles("app/journal"), ...sourceFiles("components")];
    expect(importing(files, /^lib\/(db|records)\//)).toEqual([]);
  });

  it("no plan component imports from a route: state types and actions come in as types and props", () => {
    expect(importing([...sourceFiles("components/plan"), ...sourceFiles("components/errors")], /^app\//)).toEqual([]);
  });
});
