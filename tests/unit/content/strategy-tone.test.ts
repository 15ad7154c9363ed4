import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadStrategies } from "@/lib/content/load-strategies";
import { loadStrategyTranslations } from "@/lib/content/load-strategy-translations";

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

// The same in French: a sentence that opens on an imperative ("Notez…", "Appelez…"), "vous devez", "il faut".
const ORDRES =
  /(^|[.!?]\s+)(Notez|Écrivez|Pensez|Dites|Demandez|Gardez|Faites|Appelez|Prenez|Allez|Partez|Quittez|Trouvez|Parlez|Arrêtez|Rappelez-vous|Souvenez-vous|Essayez|Utilisez|Mettez|Choisissez|Évitez|Apprenez|Décidez|Remarquez|Observez|Préparez|Ne (?!pas\b))/;
const french = loadStrategyTranslations(root, "fr-CA", library);

describe("every idea in French offers options too", () => {
  it.each(Object.entries(french).map(([id, words]) => [id, words.text] as const))("%s", (_id, text) => {
    expect(text).not.toMatch(ORDRES);
    expect(text).not.toMatch(/\b(vous devez|vous devriez|il faut)\b/i);
  });
});
