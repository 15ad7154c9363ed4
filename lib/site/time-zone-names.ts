import { defaultLocale } from "@/i18n/locales";
import { isUtcZone, timeZoneLabel } from "./describe-time";

const names = new Map<string, string>();

/** "heure du Pacifique": the zone's generic name in `locale`, from Intl; undefined when it is only an offset. */
function genericName(zone: string, locale: string): string | undefined {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "longGeneric" }).formatToParts();
  const name = parts.find((part) => part.type === "timeZoneName")?.value;
  return name && !/^(UTC|GMT)([+\-−]|$)/.test(name) ? name : undefined;
}

/** The place in a zone's name, as it reads: "America/Port_of_Spain" is "Port of Spain". */
const placeOf = (zone: string) => (zone.split("/").at(-1) ?? zone).replaceAll("_", " ");

/**
 * A zone as the list and the notes name it, in the reader's language: "America / Vancouver" in
 * English (the zone's own name), "Vancouver (heure du Pacifique)" in French, worded by Intl.
 */
export function timeZoneNameIn(zone: string, locale: string): string {
  if (locale === defaultLocale || isUtcZone(zone)) return timeZoneLabel(zone);
  const key = `${locale} ${zone}`;
  let name = names.get(key);
  if (name === undefined) {
    const generic = genericName(zone, locale);
    name = generic ? `${placeOf(zone)} (${generic})` : timeZoneLabel(zone);
    names.set(key, name);
  }
  return name;
}
