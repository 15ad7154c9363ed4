import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/auth/guarded";
import { displaySettingsForm, displaySettingsSchema } from "@/lib/settings/display-settings";
import { neutralSites, siteChoiceOf } from "@/lib/settings/neutral-sites";

const form = displaySettingsForm(["plan.example.org"]);
const errorsOf = (fields: Record<string, string>) => {
  const parsed = form.safeParse(fields);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("the tab title and quick-exit site a person can choose", () => {
  it("keeps a title of their own, and an empty one means the site's usual name", () => {
    expect(form.parse({ tabTitle: "  Bus times ", exitSite: "usual" })).toEqual({ tabTitle: "Bus times" });
    expect(form.parse({ tabTitle: "Recettes à l'érable", exitSite: "usual" })).toEqual({
      tabTitle: "Recettes à l'érable",
    });
    expect(form.parse({ tabTitle: "", exitSite: "usual" })).toEqual({});
  });

  it("refuses a title that is too long, or has characters a tab or Next's title template would misread", () => {
    expect(errorsOf({ tabTitle: "x".repeat(41) })).toHaveProperty("tabTitle");
    for (const title of ["100%s", "<b>Recipes</b>", "Recipes\u0007", "Tab\nTitle"])
      expect(errorsOf({ tabTitle: title }), title).toHaveProperty("tabTitle");
  });

  it("maps each listed site to its address, and the usual choice to none", () => {
    for (const site of neutralSites) {
      expect(form.parse({ exitSite: site.id })).toEqual({ exitUrl: site.url });
      expect(siteChoiceOf(site.url)).toBe(site.id);
    }
    expect(form.parse({ exitSite: "usual", ownAddress: "https://ignored.example/" })).toEqual({});
    expect(siteChoiceOf(undefined)).toBe("usual");
  });

  it("takes an https address of their own, written in full", () => {
    expect(form.parse({ exitSite: "own", ownAddress: " https://Weather.Example/today " })).toEqual({
      exitUrl: "https://weather.example/today",
    });
    expect(siteChoiceOf("https://weather.example/today")).toBe("own");
  });

  it.each([
    ["", "no address"],
    ["weather.example", "no https://"],
    ["http://weather.example/", "plain http"],
    ["javascript:alert(1)", "a script"],
    ["https://user:secret@weather.example/", "a user name and password"],
    ["https://10.0.0.1/", "an IP address"],
    ["https://[::1]/", "an IPv6 address"],
    ["https://intranet/", "a name with no dot"],
    ["https://plan.example.org/about", "this site's own address"],
    [`https://weather.example/${"a".repeat(200)}`, "too long"],
  ])("refuses %j (%s), beside the address field", (ownAddress) => {
    expect(Object.keys(errorsOf({ exitSite: "own", ownAddress }))).toEqual(["ownAddress"]);
  });

  it("refuses a site choice the form never offered", () => {
    expect(Object.keys(errorsOf({ exitSite: "https://evil.example/" }))).toEqual(["exitSite"]);
  });

  it("reports every field's problem at once, so one bad field does not hide another", () => {
    expect(Object.keys(errorsOf({ tabTitle: "50%", exitSite: "own", ownAddress: "nowhere" })).sort()).toEqual([
      "ownAddress",
      "tabTitle",
    ]);
  });

  it("stores only what it checked: an address read back is checked again", () => {
    expect(displaySettingsSchema.safeParse({ exitUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(displaySettingsSchema.safeParse({ tabTitle: "" }).success).toBe(false);
    expect(displaySettingsSchema.safeParse({ tabTitle: "Recipes", other: 1 }).success).toBe(false);
  });
});
