import { NATIONWIDE, NATIONWIDE_NAME, provinces, type ProvinceCode } from "./regions";
import type { Resource } from "./resource-schema";

type Where = Pick<Resource, "regions" | "notIn" | "area">;

/** Answers from anywhere in Canada, except perhaps a few places it names (911 and Nunavut). */
export function servesCountry(resource: Where): boolean {
  return resource.regions.includes(NATIONWIDE);
}

/** Answers from anywhere in Canada, with no exception. */
export function servesEverywhere(resource: Where): boolean {
  return servesCountry(resource) && !resource.notIn?.length;
}

/** Answers someone who lives in this province or territory. */
export function servesProvince(resource: Where, province: ProvinceCode): boolean {
  if (servesCountry(resource)) return !resource.notIn?.includes(province);
  return (resource.regions as readonly string[]).includes(province);
}

/** The provinces and territories a regional service answers for, by name. */
export function provincesServed(resource: Where): ProvinceCode[] {
  return resource.regions.filter((code): code is ProvinceCode => code !== NATIONWIDE);
}

/** "Ontario", "British Columbia and Yukon", "Canada", "Canada, except Nunavut", "Greater Toronto, Ontario". */
export function whereServed(resource: Where): string {
  const names = servesCountry(resource) ? NATIONWIDE_NAME : listOf(provincesServed(resource).map((code) => provinces[code]));
  const place = resource.notIn?.length ? `${names}, except ${listOf(resource.notIn.map((code) => provinces[code]))}` : names;
  if (!resource.area) return place;
  return resource.area.includes(place) ? resource.area : `${resource.area}, ${place}`;
}

/** Open day and night: the hours start with "Always open" (a note may follow). */
export function isAlwaysOpen(resource: Pick<Resource, "hours">): boolean {
  return /^Always open\b/.test(resource.hours);
}

function listOf(names: string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
