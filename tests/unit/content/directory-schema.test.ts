import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "@/lib/content/load-resources";
import { dialable } from "@/lib/content/resource-schema";
import { whereServed } from "@/lib/content/service-area";

function directoryRoot(yaml: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "resources-test-"));
  fs.mkdirSync(path.join(root, "content/resources"), { recursive: true });
  fs.writeFileSync(path.join(root, "content/resources/directory.en.yaml"), yaml);
  return root;
}
const load = (yaml: string) => loadResources(directoryRoot(yaml), "en");
const sources = `  sources:\n    - title: The service's own page\n      url: https://a-line.example/\n`;
const entry = `- id: a-line\n  name: A line\n  offers: Support by phone.\n  for: [survivors]\n  phone: 1-866-863-0511\n  hours: Always open\n  regions: [CA]\n  languages: [English]\n${sources}`;
const complete = `${entry}  traces: Shows in the call log.\n`;
const withField = (field: string) => complete.replace("  regions: [CA]\n", `  regions: [CA]\n  ${field}\n`);

describe("an author adds a service to the directory", () => {
  it("accepts a complete entry", () => {
    expect(load(complete)).toHaveLength(1);
  });

  it("refuses an entry that does not say what contacting it leaves behind", () => {
    expect(() => load(entry)).toThrow("directory.en.yaml: a-line.traces must say what contacting the service can leave behind");
  });

  it("refuses an entry without its hours, its languages, where it answers, or where its details come from", () => {
    expect(() => load(complete.replace("  hours: Always open\n", ""))).toThrow("a-line.hours must say when the service answers");
    expect(() => load(complete.replace("  languages: [English]\n", ""))).toThrow("a-line.languages must list the languages it answers in");
    expect(() => load(complete.replace("  regions: [CA]\n", ""))).toThrow("a-line.regions must list where the service answers");
    expect(() => load(complete.replace("regions: [CA]", "regions: []"))).toThrow("a-line.regions");
    expect(() => load(complete.replace(sources, ""))).toThrow("a-line.sources must list where its details come from");
  });

  it("refuses a phone number written some other way, or a seven-digit local number", () => {
    expect(() => load(complete.replace("1-866-863-0511", "(866) 863 0511"))).toThrow("a-line.phone");
    expect(() => load(complete.replace("1-866-863-0511", "555-1234"))).toThrow("a-line.phone");
  });

  it("accepts Alberta's 310-1818, dialled as its seven digits, for calls and texts", () => {
    const [line] = load(complete.replace("phone: 1-866-863-0511", 'phone: 310-1818\n  text: { number: "310-1818" }'));
    expect(line?.phone).toBe("310-1818");
    expect(dialable(line?.text?.number as string)).toBe("3101818");
  });

  it("accepts a text line with a full ten- or eleven-digit number, and links it in E.164", () => {
    const [local] = load(complete.replace("phone: 1-866-863-0511", 'phone: 1-866-863-0511\n  text: { number: "647-694-4275" }'));
    expect(dialable(local?.text?.number as string)).toBe("+16476944275");
    const [tollFree] = load(complete.replace("phone: 1-866-863-0511", 'phone: 1-866-863-0511\n  text: { number: "1-888-505-1010" }'));
    expect(dialable(tollFree?.text?.number as string)).toBe("+18885051010");
    expect(() => load(complete.replace("phone: 1-866-863-0511", 'phone: 1-866-863-0511\n  text: { number: "647 694 4275" }'))).toThrow("a-line.text.number");
  });

  it("takes a service that answers in several provinces or territories, and names them all", () => {
    const [line] = load(complete.replace("regions: [CA]", "regions: [BC, YT]"));
    expect(whereServed(line as never)).toBe("British Columbia and Yukon");
  });

  it("refuses a place that is not a province, a territory or CA, a place listed twice, or CA beside a province", () => {
    expect(() => load(complete.replace("regions: [CA]", "regions: [Toronto]"))).toThrow("a-line.regions.0");
    expect(() => load(complete.replace("regions: [CA]", "regions: [ON, ON]"))).toThrow("a-line.regions lists a place twice");
    expect(() => load(complete.replace("regions: [CA]", "regions: [CA, ON]"))).toThrow("a-line.regions CA (all of Canada) stands alone");
  });

  it("keeps a city in area, and names the province beside it", () => {
    const [line] = load(complete.replace("regions: [CA]", "regions: [ON]\n  area: Toronto"));
    expect(whereServed(line as never)).toBe("Toronto, Ontario");
  });

  it("names the places a country-wide service does not reach, and only for a country-wide service", () => {
    const [line] = load(withField("notIn: [NU]"));
    expect(whereServed(line as never)).toBe("Canada, except Nunavut");
    expect(() => load(complete.replace("regions: [CA]", "regions: [ON]\n  notIn: [NU]"))).toThrow("a-line.notIn");
  });

  it("marks the groups a service is made for, from a fixed list", () => {
    expect(load(withField("serves: [indigenous-people, legal-help]"))[0]?.serves).toEqual(["indigenous-people", "legal-help"]);
    expect(() => load(withField("serves: [everyone-else]"))).toThrow("a-line.serves.0");
  });

  it("puts on the wallet card only lines that are always open and serve whole provinces or the country", () => {
    const card = complete.replace("regions: [CA]", "regions: [ON]\n  cardLabel: Helpline");
    expect(load(card)[0]?.cardLabel).toBe("Helpline");
    expect(load(card.replace("hours: Always open", "hours: Always open (the chat has shorter hours)"))[0]?.cardLabel).toBe("Helpline");
    expect(() => load(card.replace("hours: Always open", "hours: Monday to Friday"))).toThrow("a-line.cardLabel");
    expect(() => load(card.replace("cardLabel", "area: Toronto\n  cardLabel"))).toThrow("a-line.cardLabel");
  });
});
