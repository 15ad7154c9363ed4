import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function startWith(env: Record<string, string>) {
  return spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    // Nothing from the test runner's own environment (such as its AUTH_SECRET) may make a bad
    // configuration look good: the script would go on to build.
    env: { ...process.env, AUTH_SECRET: "", DATABASE_URL: "", PORT: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm start with a bad configuration", () => {
  it.each([
    [{ PORT: "not-a-port" }, /^Configuration error: PORT must be a whole number from 1 to 65535\.$/],
    [{ DATABASE_URL: "mysql://localhost/app" }, /^Configuration error: DATABASE_URL must start with file:/],
    [{ DATABASE_URL: "postgres://app@127.0.0.1:1/app" }, /^Configuration error: AUTH_SECRET must be set/],
  ])("stops before doing anything, with one line naming the variable (%o)", (env, expected) => {
    const result = startWith(env);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.split("\n").filter((line) => line.trim() !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });
});
