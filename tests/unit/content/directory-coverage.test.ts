import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "@/lib/content/load-resources";
import { provinceCodes } from "@/lib/content/regions";
import { servesCountry, servesProvince } from "@/lib/content/service-area";
import { serviceGroupIds } from "@/lib/content/service-groups";

const root = path.resolve(import.meta.dirname, "../../..");
const directory = loadResources(root, "en");

describe("the directory reaches people across Canada", () => {
  it("lists at least 40 services", () => {
    expect(directory.length).toBeGreaterThanOrEqual(40);
  });

  it("has at least one line of its own for each of the 13 provinces and territories", () => {
    const without = provinceCodes.filter((code) => !directory.some((line) => !servesCountry(line) && servesProvince(line, code)));
    expect(without).toEqual([]);
    expect(provinceCodes).toHaveLength(13);
  });

  it("has at least one service made for each group: Indigenous people, 2SLGBTQIA+ people, men, newcomers, people with disabilities, older adults, people who used violence, legal help and victim services", () => {
    const missing = serviceGroupIds.filter((group) => !directory.some((line) => line.serves?.includes(group)));
    expect(missing).toEqual([]);
  });

  it("lists the national lines the issue names", () => {
    const ids = directory.map((line) => line.id);
    for (const id of ["suicide-crisis-helpline", "211-canada", "talk4healing", "hope-for-wellness", "kids-help-phone", "femaide", "sos-violence-conjugale", "shelter-safe"]) {
      expect(ids).toContain(id);
    }
  });
});

describe("the French directory, kept ready for the French pages", () => {
  const french = loadResources(root, "fr-CA");

  it("passes the same checks and lists the same services, numbers and places as the English one", () => {
    const facts = (list: typeof directory) => list.map(({ id, phone, tty, text, url, regions, notIn, for: audiences, serves }) => ({ id, phone, tty, text: text?.number, url, regions, notIn, audiences, serves }));
    expect(facts(french)).toEqual(facts(directory));
  });
});
