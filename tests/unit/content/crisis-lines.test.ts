import path from "node:path";
import { describe, expect, it } from "vitest";
import { crisisLinesFor } from "@/lib/content/crisis-lines";
import { loadResources } from "@/lib/content/load-resources";
import { provinceCodes } from "@/lib/content/regions";
import { questions } from "@/lib/plan/questions";

const directory = loadResources(path.resolve(import.meta.dirname, "../../.."), "en");
const ids = (needs: Parameters<typeof crisisLinesFor>[1]) => crisisLinesFor(directory, needs).lines.map((line) => line.id);

describe("the lines a plan and its wallet card show, from the directory", () => {
  it("without a province, only lines that serve all of Canada: 911 first, then 9-8-8", () => {
    const chosen = crisisLinesFor(directory, {});
    expect(chosen.lines.map((line) => line.id)).toEqual(["emergency", "suicide-crisis-helpline"]);
    expect(chosen.lines.every((line) => line.region === "Canada")).toBe(true);
    expect(chosen.province).toBeUndefined();
  });

  it("in Ontario, adds the Ontario helplines, before the national crisis line", () => {
    expect(ids({ province: "ON" })).toEqual(["emergency", "assaulted-womens-helpline", "femaide", "suicide-crisis-helpline"]);
    expect(crisisLinesFor(directory, { province: "ON" }).hasRegionalLines).toBe(true);
  });

  it("in a province the directory has no lines for, says so and keeps the national lines", () => {
    const chosen = crisisLinesFor(directory, { province: "AB" });
    expect(chosen.lines.map((line) => line.id)).toEqual(["emergency", "suicide-crisis-helpline"]);
    expect(chosen).toMatchObject({ province: "Alberta", hasRegionalLines: false });
  });

  it("never offers an Ontario-only line to someone elsewhere, or a Toronto line as a card line", () => {
    for (const province of provinceCodes.filter((code) => code !== "ON")) {
      expect(crisisLinesFor(directory, { province }).lines.every((line) => line.region === "Canada")).toBe(true);
    }
    expect(directory.filter((line) => line.cardLabel).every((line) => line.area === undefined)).toBe(true);
  });

  it("asked for French, puts first after 911 the lines that answer in French, the province's own before the national", () => {
    expect(ids({ province: "ON", preferredLanguage: "fr" })).toEqual(["emergency", "femaide", "suicide-crisis-helpline", "assaulted-womens-helpline"]);
    expect(ids({ preferredLanguage: "fr" })).toEqual(["emergency", "suicide-crisis-helpline"]);
  });

  it("asked for another language, marks and puts first after 911 the lines that can bring in an interpreter", () => {
    const chosen = crisisLinesFor(directory, { province: "ON", preferredLanguage: "other" });
    expect(chosen.lines[1]?.id).toBe("assaulted-womens-helpline");
    expect(chosen.inTheirLanguage).toEqual(["assaulted-womens-helpline"]);
    expect(crisisLinesFor(directory, { preferredLanguage: "other" }).inTheirLanguage).toEqual([]);
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
