// The lines a change plan shows, all from the directory: 911 and 9-8-8 for right now, and lines
// made for people who want to stop using violence, near the person when they said where they live.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changePlanLinesFor } from "@/lib/content/crisis-lines";
import { loadResources } from "@/lib/content/load-resources";
import { provinceCodes } from "@/lib/content/regions";
import { servesProvince } from "@/lib/content/service-area";

const directory = loadResources(path.resolve(import.meta.dirname, "../../.."), "en");
const made = (id: string) => directory.find((line) => line.id === id)?.serves?.includes("people-who-used-violence");

describe("the change plan's lines to call", () => {
  it("without a province: 911 first, then 9-8-8, and every line made for people who want to stop", () => {
    const lines = changePlanLinesFor(directory);
    expect(lines.urgent.map((line) => [line.id, line.phone])).toEqual([
      ["emergency", "911"],
      ["suicide-crisis-helpline", "988"],
    ]);
    const stopping = lines.stopping.map((line) => line.id);
    expect(stopping).toEqual(expect.arrayContaining(["mens-counselling-link", "stop-violence-quebec"]));
    expect(stopping.every(made)).toBe(true);
    expect(lines.stopping.every((line) => line.phone)).toBe(true);
  });

  it("with a province, only lines that answer there: 911 first where it reaches, 9-8-8 everywhere", () => {
    for (const code of provinceCodes) {
      const lines = changePlanLinesFor(directory, code);
      if (code !== "NU") expect(lines.urgent[0]?.id, code).toBe("emergency");
      expect(lines.urgent.map((line) => line.id), code).toContain("suicide-crisis-helpline");
      for (const line of [...lines.urgent, ...lines.stopping]) expect(servesProvince(line, code), line.id).toBe(true);
    }
    expect(changePlanLinesFor(directory, "ON").stopping.map((line) => line.id)).toEqual(["mens-counselling-link"]);
    expect(changePlanLinesFor(directory, "QC").stopping.map((line) => line.id)).toEqual(["stop-violence-quebec"]);
    // Nunavut has no 911 yet: its own help line, which also talks with people who have used violence, is there.
    expect(changePlanLinesFor(directory, "NU").urgent.map((line) => line.id)).toContain("kamatsiaqtut-help-line");
  });
});
