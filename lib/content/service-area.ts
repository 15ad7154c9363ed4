import { NATIONWIDE, NATIONWIDE_NAME, provinces, type ProvinceCode, type RegionCode } from "./regions";
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

/**
 * The words whereServed uses, so a page can pass the reader's language (region-words.ts) and this
 * module stays free of next-intl. English when none are passed.
 */
export type RegionWords = {
  name: (code: RegionCode) => string;
  except: (place: string, others: string) => string;
  and: string;
};

export const englishRegionWords: RegionWords = {
  name: (code) => (code === NATIONWIDE ? NATIONWIDE_NAME : provinces[code]),
  except: (place, others) => `${place}, except ${others}`,
  and: " and ",
};

/** "Ontario", "British Columbia and Yukon", "Canada", "Canada, except Nunavut", "Greater Toronto, Ontario". */
export function whereServed(resource: Where, words: RegionWords = englishRegionWords): string {
  const listOf = (names: string[]) =>
    names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")}${words.and}${names.at(-1)}`;
  const names = servesCountry(resource) ? words.name(NATIONWIDE) : listOf(provincesServed(resource).map(words.name));
  const place = resource.notIn?.length ? words.except(names, listOf(resource.notIn.map(words.name))) : names;
  if (!resource.area) return place;
  return resource.area.includes(place) ? resource.area : `${resource.area}, ${place}`;
}

/** Open day and night: the hours start with "Always open" (a note may follow). */
export function isAlwaysOpen(resource: Pick<Resource, "hours">): boolean {
  return /^Always open\b/.test(resource.hours);
}
