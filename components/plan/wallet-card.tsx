import { useTranslations } from "next-intl";
import { crisisLinesFor } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import type { PlanValue } from "@/lib/plan/plan-schema";

/** 911 and one more line: room on the card is for the person's own people. */
const LINES_ON_CARD = 2;

/**
 * A card the size of a bank card (85.6 × 54 mm). Neutral heading: if it is found, it reads like a
 * list of contacts. It holds what is needed in a hurry and nothing more; the lines come from the
 * resource directory, chosen by the person's answers, under labels that say nothing (worded per language
 * in messages planFiles.card.labels, by the English directory's label).
 */
export function WalletCard({ plan }: { plan: Pick<PlanValue, "entries" | "circumstances"> }) {
  const t = useTranslations("planFiles.card");
  const labels = t.raw("labels" as never) as Record<string, string>;
  const { entries } = plan;
  const chosen = crisisLinesFor(directory(), plan.circumstances).lines.slice(0, LINES_ON_CARD);
  const lines = chosen.map((line) => ({ ...line, cardLabel: labels[line.cardLabel ?? ""] ?? line.cardLabel }));
  const people = entries.trustedPeople.filter((person) => person.reach).slice(0, 3);
  const codeWords = [...new Set(entries.trustedPeople.map((person) => person.codeWord).filter(Boolean))].slice(0, 2);
  const place = entries.safePlaces[0];
  return (
    <div
      className="h-[54mm] w-[85.6mm] overflow-hidden rounded-md border-2 border-dashed border-ink p-[3mm] text-[8pt] leading-tight"
      data-wallet-card=""
    >
      <p className="mb-[1mm] font-bold">{t("contacts")}</p>
      <ul className="mb-[1mm] list-none pl-0">
        {lines.map((line) => (
          <li key={line.id}>
            {line.cardLabel} {line.phone}
          </li>
        ))}
        {people.map((person) => (
          <li key={person.id}>
            {person.name}: {person.reach}
          </li>
        ))}
      </ul>
      {codeWords.length > 0 && <p className="mb-[1mm]">{t("word", { words: codeWords.join(", ") })}</p>}
      {place && <p className="mb-0">{t("place", { place: place.place })}</p>}
    </div>
  );
}
