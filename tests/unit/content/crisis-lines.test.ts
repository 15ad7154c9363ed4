import path from "node:path";
import { describe, expect, it } from "vitest";
import { crisisLinesFor } from "@/lib/content/crisis-lines";
import { loadResources } from "@/lib/content/load-resources";
import { provinceCodes, type ProvinceCode } from "@/lib/content/regions";
import { servesCountry, servesProvince } from "@/lib/content/service-area";
import { questions } from "@/lib/plan/questions";

const directory = loadResources(path.resolve(import.meta.dirname, "../../.."), "en");
const ids = (needs: Parameters<typeof crisisLinesFor>[1]) => crisisLinesFor(directory, needs).lines.map((line) => line.id);

describe("the lines a plan and its wallet card show, from the directory", () => {
  it("without a province, only lines that serve all of Canada: 911 first, then 9-8-8", () => {
    const chosen = crisisLinesFor(directory, {});
    expect(chosen.lines.map((line) => line.id)).toEqual(["emergency", "suicide-crisis-helpline"]);
    expect(chosen.lines.every(servesCountry)).toBe(true);
    expect(chosen.province).toBeUndefined();
  });

  it("in Ontario, adds the Ontario helplines, before the national crisis line", () => {
    expect(ids({ province: "ON" })).toEqual(["emergency", "assaulted-womens-helpline", "femaide", "suicide-crisis-helpline"]);
    expect(crisisLinesFor(directory, { province: "ON" }).hasRegionalLines).toBe(true);
  });

  it("in Alberta, Alberta's own line comes after 911, so it is the one on the wallet card", () => {
    expect(ids({ province: "AB" })).toEqual(["emergency", "alberta-family-violence-info-line", "suicide-crisis-helpline"]);
    expect(crisisLinesFor(directory, { province: "AB" })).toMatchObject({ province: "Alberta", hasRegionalLines: true });
  });

  it("gives every province and territory but New Brunswick a line of its own on the card: Yukon gets VictimLinkBC", () => {
    const ownLine = (province: ProvinceCode) => crisisLinesFor(directory, { province }).lines.find((line) => !servesCountry(line))?.id;
    const withOwnLine = provinceCodes.filter((province) => ownLine(province));
    expect(withOwnLine).toEqual(provinceCodes.filter((code) => code !== "NB"));
    expect(ownLine("YT")).toBe("victimlinkbc");
    expect(ownLine("BC")).toBe("victimlinkbc");
    expect(ownLine("QC")).toBe("sos-violence-conjugale");
  });

  it("in a province with no line of its own always open for the whole province, says so and keeps the national lines", () => {
    const chosen = crisisLinesFor(directory, { province: "NB" });
    expect(chosen.lines.map((line) => line.id)).toEqual(["emergency", "suicide-crisis-helpline"]);
    expect(chosen).toMatchObject({ province: "New Brunswick", hasRegionalLines: false });
  });

  it("in Nunavut, which has no 911, offers no 911: its own help line comes first", () => {
    expect(ids({ province: "NU" })).toEqual(["kamatsiaqtut-help-line", "suicide-crisis-helpline"]);
  });

  it("never offers a line to someone it does not answer, or a city's line as a card line", () => {
    for (const province of provinceCodes) {
      expect(crisisLinesFor(directory, { province }).lines.every((line) => servesProvince(line, province)), province).toBe(true);
    }
    expect(ids({ province: "QC" })).not.toContain("assaulted-womens-helpline");
    expect(directory.filter((line) => line.cardLabel).every((line) => line.area === undefined)).toBe(true);
  });

  it("asked for French, puts first after 911 the lines that answer in French, the province's own before the national", () => {
    expect(ids({ province: "ON", preferredLanguage: "fr" })).toEqual(["emergency", "femaide", "suicide-crisis-helpline", "assaulted-womens-helpline"]);
    expect(ids({ preferredLanguage: "fr" })).toEqual(["emergency", "suicide-crisis-helpline"]);
  });

  it("asked for another language, marks and puts first after 911 the lines that can bring in an interpreter", () => {
    const chosen = crisisLinesFor(directory, { province: "ON", preferredLanguage: "other" });
    expect(chosen.lines[1]?.id).toBe("assaulted-womens-helpline");
    expect(chosen.inTheirLanguage).toEqual(["assaulted-womens-helpline", "suicide-crisis-helpline"]);
    expect(crisisLinesFor(directory, { preferredLanguage: "other" }).inTheirLanguage).toEqual(["suicide-crisis-helpline"]);
  });

  it("marks the lines that answer in French", () => {
    expect(crisisLinesFor(directory, { province: "ON", preferredLanguage: "fr" }).inTheirLanguage).toEqual(["emergency", "femaide", "suicide-crisis-helpline"]);
  });

  it("gives every language answer but English an effect, as the question says it does", () => {
    const language = questions.find((question) => question.key === "preferredLanguage");
    expect(language?.why).toMatch(/French/);
    expect(language?.why).toMatch(/interpreter/);
    for (const choice of language?.choices ?? []) {
      const needs = (province: (typeof provinceCodes)[number]) => ({ province, preferredLanguage: choice.value as "en" | "fr" | "other" });
      const changes = provinceCodes.some((province) => {
        const withAnswer = crisisLinesFor(directory, needs(province));
        return withAnswer.inTheirLanguage.length > 0 || withAnswer.lines.map((line) => line.id).join() !== ids({ province }).join();
      });
      expect(changes, choice.value).toBe(choice.value !== "en");
    }
  });

  it("asks for every province and territory the directory can serve, by name", () => {
    const province = questions.find((question) => question.key === "province");
    expect(province?.choices?.map((choice) => choice.value).sort()).toEqual([...provinceCodes].sort());
    expect(province?.choices?.find((choice) => choice.value === "ON")?.label).toBe("Ontario");
  });
});
