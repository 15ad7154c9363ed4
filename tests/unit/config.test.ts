import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOrCreateAuthSecret } from "@/lib/config/auth-secret";
import { ConfigurationError, parseEnvironment } from "@/lib/config/config-schema";
import { loadConfig } from "@/lib/config/load-config";

function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "config-test-"));
}

function errorFor(env: Record<string, string>): string {
  try {
    parseEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error("expected a configuration error");
}

describe("configuration from the environment", () => {
  it("runs on the embedded SQLite file with nothing set", () => {
    const env = parseEnvironment({});
    expect(env.DATABASE_URL).toBe("file:./data/app.db");
    expect(env.PORT).toBe(3000);
    expect(env.SITE_NAME).toBe("Harbour");
    expect(env.QUICK_EXIT_URL).toMatch(/^https:\/\//);
    // No proxy is trusted unless one is configured: X-Forwarded-For is ignored.
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
  });

  it("gives a helper's link the public address from AUTH_URL, and none when it is unset", () => {
    const folder = temporaryFolder();
    const base = { DATABASE_URL: `file:${path.join(folder, "app.db")}` };
    expect(loadConfig({ ...base, AUTH_URL: "https://plan.example.org/some/path" }).publicOrigin).toBe(
      "https://plan.example.org",
    );
    expect(loadConfig(base).publicOrigin).toBeUndefined();
  });

  it("treats an empty value as unset", () => {
    expect(parseEnvironment({ PORT: "" }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: "abc" }, "PORT", "whole number"],
    [{ PORT: "70000" }, "PORT", "whole number"],
    [{ DATABASE_URL: "mysql://db/app" }, "DATABASE_URL", "file:"],
    [{ QUICK_EXIT_URL: "javascript:alert(1)" }, "QUICK_EXIT_URL", "http"],
    [{ QUICK_EXIT_URL: "weather" }, "QUICK_EXIT_URL", "http"],
    [{ SITE_NAME: "x".repeat(41) }, "SITE_NAME", "40"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET", "32"],
    [{ TRUSTED_PROXY_HOPS: "-1" }, "TRUSTED_PROXY_HOPS", "whole number from 0 to 10"],
    [{ TRUSTED_PROXY_HOPS: "yes" }, "TRUSTED_PROXY_HOPS", "whole number from 0 to 10"],
  ])("rejects %o with one line naming the variable", (env, variable, hint) => {
    const message = errorFor(env);
    expect(message).toContain(variable);
    expect(message).toContain(hint);
    expect(message.split("\n")).toHaveLength(1);
  });

  it("never repeats a secret value in its message", () => {
    expect(errorFor({ AUTH_SECRET: "hunter2-secret" })).not.toContain("hunter2");
  });

  it("asks for AUTH_SECRET on PostgreSQL, where every server must share it", () => {
    expect(() => loadConfig({ DATABASE_URL: "postgres://app@127.0.0.1/app" })).toThrow(/AUTH_SECRET must be set/);
    const config = loadConfig({ DATABASE_URL: "postgres://app@127.0.0.1/app", AUTH_SECRET: "s".repeat(32) });
    expect(config.database.dialect).toBe("postgres");
  });
});

describe("the embedded auth secret", () => {
  it("is created once beside the database, readable only by its owner, and reused", () => {
    const folder = temporaryFolder();
    const config = loadConfig({ DATABASE_URL: `file:${path.join(folder, "app.db")}` });
    const file = path.join(folder, "auth-secret");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(config.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadOrCreateAuthSecret(folder)).toBe(config.authSecret);
  });

  it("is different for every new installation", () => {
    expect(loadOrCreateAuthSecret(temporaryFolder())).not.toBe(loadOrCreateAuthSecret(temporaryFolder()));
  });
});
