import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/i18n/return-path";

describe("where the language switch sends the browser back", () => {
  it.each(["/", "/planner", "/guide/abc123", "/account/display", "/search?x=1"])("keeps the page %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "//evil.example",
    "//evil",
    "https://x",
    "http://evil.example/",
    "/\\x",
    "/\\/evil.example",
    "\\\\evil",
    "javascript:alert(1)",
    "evil",
    "",
    "/\tevil",
    "/\n/evil",
    "/%0a",
  ])("refuses %j and goes home", (path) => {
    const safe = safeReturnPath(path);
    expect(safe === "/" || (safe.startsWith("/") && !safe.startsWith("//"))).toBe(true);
    if (!path.startsWith("/%")) expect(safe).toBe("/");
  });

  it("refuses anything that is not text", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(["/planner"])).toBe("/");
  });
});
