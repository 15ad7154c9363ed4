import { describe, expect, it } from "vitest";
import { redirectFor } from "@/lib/site/readable-addresses";

describe("addresses that lead somewhere else", () => {
  it("an old readable link leads to the neutral address, with or without a trailing slash", () => {
    expect(redirectFor("/make-a-plan")).toEqual({ location: "/planner", status: 307 });
    expect(redirectFor("/get-help/")).toEqual({ location: "/contacts", status: 307 });
  });

  it("a trailing slash is dropped, and neutral addresses stay as they are", () => {
    expect(redirectFor("/planner/")).toEqual({ location: "/planner", status: 308 });
    expect(redirectFor("/planner")).toBeUndefined();
    expect(redirectFor("/")).toBeUndefined();
    expect(redirectFor("/search")).toBeUndefined();
  });

  it("never leads off the site, however many slashes an address starts with", () => {
    expect(redirectFor("//evil.example/")).toEqual({ location: "/evil.example", status: 308 });
    expect(redirectFor("///evil.example")).toEqual({ location: "/evil.example", status: 308 });
    expect(redirectFor("/\\evil.example")).toEqual({ location: "/evil.example", status: 308 });
    expect(redirectFor("//")).toEqual({ location: "/", status: 308 });
  });
});
