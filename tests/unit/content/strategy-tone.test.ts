import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadStrategies } from "@/lib/content/load-strategies";

const root = path.resolve(import.meta.dirname, "../../..");
const library = loadStrategies(root);

// Verbs a sentence can open with as an order ("Notice…", "Write down…"); an idea offers, it does not tell.
const ORDERS =
  /(^|[.!?]\s+)(Notice|Write|Think|Tell|Ask|Keep|Make|Call|Pack|Take|Go|Leave|Don't|Do|Find|Get|Talk|Stop|Remember|Try|Use|Put|Choose|Learn|Plan|Decide|Avoid|Never|Always)\b/;

describe("every idea offers options instead of orders", () => {
  it.each(library.map((strategy) => [strategy.id, strategy.text] as const))("%s", (_id, text) => {
    expect(text).not.toMatch(ORDERS);
    expect(text).not.toMatch(/\byou (must|should)\b/i);
  });
});
