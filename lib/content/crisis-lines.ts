import { provinces, type ProvinceCode } from "./regions";
import type { Resource } from "./resource-schema";
import { servesCountry, servesEverywhere, servesProvince } from "./service-area";

/** What the plan knows that picks the lines: both answers may be skipped. */
export type LineNeeds = { province?: ProvinceCode; preferredLanguage?: "en" | "fr" | "other" };

export type CrisisLines = {
  /** Lines to call in a hurry, 911 first, then those that fit the language asked for. */
  lines: Resource[];
  /** The province or territory the lines were chosen for, or undefined when it was not given. */
  province?: string;
  /** Whether the directory has card lines of that province's own (false when none is known). */
  hasRegionalLines: boolean;
  /** Ids of the lines that answer in the language asked for: French, or another through an interpreter. */
  inTheirLanguage: string[];
};

const EMERGENCY_ID = "emergency";

function fitsLanguage(line: Resource, language: LineNeeds["preferredLanguage"]): boolean {
  if (language === "fr") return line.languages.includes("French");
  if (language === "other") return line.interpreters === true;
  return false;
}

/**
 * The directory's card lines for one person: those that answer anywhere in their province or
 * territory if they said which (its own and the country's), or those for all of Canada if not.
 * 911 comes first; then lines that answer in the language they asked for (French, or another
 * language through an interpreter); within each, the lines of their own province before the
 * national ones; the directory's order holds otherwise.
 */
export function crisisLinesFor(directory: readonly Resource[], needs: LineNeeds): CrisisLines {
  const code = needs.province;
  const cardLines = directory.filter((line) => line.cardLabel && (code ? servesProvince(line, code) : servesCountry(line)));
  const lines = cardLines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => rank(a.line, needs) - rank(b.line, needs) || a.index - b.index)
    .map(({ line }) => line);
  const inTheirLanguage = lines.filter((line) => fitsLanguage(line, needs.preferredLanguage)).map((line) => line.id);
  const hasRegionalLines = code !== undefined && cardLines.some((line) => !servesCountry(line));
  return { lines, province: code ? provinces[code] : undefined, hasRegionalLines, inTheirLanguage };
}

function rank(line: Resource, needs: LineNeeds): number {
  if (line.id === EMERGENCY_ID) return 0;
  const language = fitsLanguage(line, needs.preferredLanguage) ? 0 : 2;
  const local = servesCountry(line) ? 1 : 0;
  return 1 + language + local;
}

/**
 * Whether to name where a chosen line answers: always for a regional line; for a national line
 * with exceptions (911), only when the person's province is not known.
 */
export function namesWhereServed(line: Resource, province: string | undefined): boolean {
  if (!servesCountry(line)) return true;
  return !servesEverywhere(line) && province === undefined;
}

/** The directory's country-wide map of shelters and crisis lines, for places it has no lines for. */
export function directoryOfShelters(directory: readonly Resource[]): (Resource & { url: string }) | undefined {
  const entry = directory.find((resource) => resource.id === "shelter-safe");
  return entry?.url ? (entry as Resource & { url: string }) : undefined;
}

/** A web address as a person would say it: "sheltersafe.ca". */
export function shortAddress(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

export type ChangePlanLines = {
  /** Lines to call in a hurry that also talk with people who have used violence: 911 first, then 9-8-8. */
  urgent: Resource[];
  /** Lines made for people who want to stop using violence, where the person lives if they said. */
  stopping: Resource[];
  province?: string;
};

/** The lines a change plan shows, all from the directory: the urgent ones, and those made for people who want to stop. */
export function changePlanLinesFor(directory: readonly Resource[], code?: ProvinceCode): ChangePlanLines {
  const near = (line: Resource) => (code ? servesProvince(line, code) : servesCountry(line));
  const urgent = directory
    .filter((line) => line.cardLabel && line.for.includes("people-who-used-violence") && near(line))
    .sort((a, b) => Number(b.id === EMERGENCY_ID) - Number(a.id === EMERGENCY_ID));
  const stopping = directory.filter(
    (line) => line.phone && line.serves?.includes("people-who-used-violence") && (!code || servesProvince(line, code)),
  );
  return { urgent, stopping, province: code ? provinces[code] : undefined };
}
