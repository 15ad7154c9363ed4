import path from "node:path";
import { describe, expect, it } from "vitest";
import { handOffFor } from "@/lib/content/hand-off-lines";
import { loadResources } from "@/lib/content/load-resources";

const directory = loadResources(path.resolve(import.meta.dirname, "../../.."), "en");
const lineIds = (handOff: ReturnType<typeof handOffFor>) => handOff.lines.map((line) => line.resource.id);

describe("who the look back suggests talking it over with, from the directory", () => {
  it("in Ontario, the province's helplines, with 911 apart for danger right now", () => {
    const handOff = handOffFor(directory, { province: "ON" }, ["strangulation"]);
    expect(lineIds(handOff)).toEqual(["assaulted-womens-helpline", "femaide"]);
    expect(handOff.emergency?.id).toBe("emergency");
    expect(handOff.shelters).toBeUndefined();
    expect(handOff.lines.every((line) => line.resource.traces.length > 0)).toBe(true);
  });

  it("the same lines when nothing was yes: a line is always there", () => {
    expect(lineIds(handOffFor(directory, { province: "ON" }, []))).toEqual(["assaulted-womens-helpline", "femaide"]);
  });

  it("French first for someone who asked for help in French", () => {
    expect(lineIds(handOffFor(directory, { province: "ON", preferredLanguage: "fr" }, []))).toEqual([
      "femaide",
      "assaulted-womens-helpline",
    ]);
  });

  it("adds victim services for threats, weapons, stalking or a broken order, saying which answers brought it", () => {
    const handOff = handOffFor(directory, { province: "ON" }, ["weapon", "order-breaches", "forced-sex"]);
    expect(handOff.lines.find((line) => line.resource.id === "ontario-victim-support-line")?.because).toEqual([
      "weapon",
      "order-breaches",
    ]);
  });

  it("adds 9-8-8 when the person who hurt them has threatened suicide", () => {
    const handOff = handOffFor(directory, {}, ["suicide-threats"]);
    expect(handOff.lines).toEqual([
      { resource: expect.objectContaining({ id: "suicide-crisis-helpline" }), because: ["suicide-threats"] },
    ]);
  });

  it("without a province, no province's own lines, and the map of shelters instead", () => {
    const handOff = handOffFor(directory, {}, ["stalking"]);
    expect(handOff.lines).toEqual([]);
    expect(handOff.shelters?.id).toBe("shelter-safe");
    expect(handOff.province).toBeUndefined();
  });

  it("in Nunavut, where 911 does not answer, no 911 line is offered", () => {
    const handOff = handOffFor(directory, { province: "NU" }, ["strangulation"]);
    expect(handOff.emergency).toBeUndefined();
    expect(lineIds(handOff)).toEqual(["kamatsiaqtut-help-line"]);
  });
});
