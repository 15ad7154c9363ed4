import fs from "node:fs";
import path from "node:path";
import { builtinModules } from "node:module";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
const folders = ["app", "components", "lib", "scripts", "tests", "bench", "prisma"];
const skipped = new Set(["node_modules", "generated", ".next"]);

function sourceFiles(folder: string): string[] {
  const full = path.join(root, folder);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [relative] : [];
  });
}

/** The package a bare import names: "@scope/name" or "name", without a subpath. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("@/") || specifier.startsWith("node:")) return undefined;
  if (builtinModules.includes(specifier.split("/")[0] ?? "")) return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^"'`]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm;

describe("packages", () => {
  it("every package the code imports is declared in package.json", () => {
    const undeclared = new Set<string>();
    for (const file of [
      ...folders.flatMap(sourceFiles),
      ...fs.readdirSync(root).filter((name) => /\.(ts|mjs)$/.test(name)),
    ]) {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      for (const match of text.matchAll(importPattern)) {
        const name = packageOf(match[1] ?? match[2] ?? match[3] ?? "");
        // "server-only" and "client-only" are provided by Next itself.
        const types = name ? `@types/${name.replace(/^@(.*)\/(.*)$/, "$1__$2")}` : "";
        if (name && !declared.has(name) && !declared.has(types) && name !== "server-only" && name !== "client-only")
          undeclared.add(`${name} (${file})`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });

  it("the Prisma packages are all on one version", () => {
    const versions = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter(([name]) => name === "prisma" || (name.startsWith("@prisma/") && name !== "@prisma/prisma-schema-wasm"))
      .map(([, version]) => version);
    expect(versions.length).toBeGreaterThan(3);
    expect(new Set(versions).size).toBe(1);
  });
});
