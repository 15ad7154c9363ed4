/** English unless a page passes the reader's locale ("fr-CA"); the time zone is always the stored one. */
const LOCALE = "en-CA";
const formats = new Map<string, Intl.DateTimeFormat>();

function exactFormat(timeZone: string, locale = LOCALE): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
    formats.set(key, format);
  }
  return format;
}

/** Whether `name` is a time zone this server can format in ("America/Toronto", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    exactFormat(name);
    return true;
  } catch {
    return false;
  }
}

// Zones that are UTC by another name: their times are labelled UTC, as they are not anyone's local time.
const UTC_NAMES = /^(Etc\/)?(UTC|UCT|Universal|Zulu|GMT|GMT[+-]?0|Greenwich)$/i;
/** Whether a zone is UTC by any of its names, so its times are labelled UTC. */
export const isUtcZone = (timeZone: string) => UTC_NAMES.test(exactFormat(timeZone).resolvedOptions().timeZone);

/**
 * "Nov 22, 2026, 11:12 p.m." in the person's time zone; without one (or in UTC itself) the time
 * says "UTC", so it is never taken for local time.
 */
export function exactTime(when: Date, timeZone?: string, locale = LOCALE): string {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : "UTC";
  const text = exactFormat(zone, locale).format(when);
  return isUtcZone(zone) ? `${text} UTC` : text;
}

function ago(when: Date, now: Date, locale: string): string {
  const minutes = Math.round((now.getTime() - when.getTime()) / 60_000);
  if (!locale.startsWith("en")) return agoIn(locale, minutes);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} ${minutes === 1 ? "minute" : "minutes"} ago`;
  const hours = Math.round(minutes / 60);
  if (minutes < 48 * 60) return `${hours} ${hours === 1 ? "hour" : "hours"} ago`;
  return `${Math.round(minutes / 1440)} days ago`;
}

/** The same steps in another language, worded by Intl ("il y a 3 heures", "maintenant"). */
function agoIn(locale: string, minutes: number): string {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (minutes < 1) return relative.format(0, "second");
  if (minutes < 60) return relative.format(-minutes, "minute");
  if (minutes < 48 * 60) return relative.format(-Math.round(minutes / 60), "hour");
  return relative.format(-Math.round(minutes / 1440), "day");
}

/**
 * "3 hours ago (Nov 22, 2026, 11:12 p.m.)": readable at a glance, exact when it matters; in the
 * reader's locale when a page passes it ("il y a 3 heures (22 nov. 2026, 23 h 12)").
 */
export function describeTimeIn(when: Date, timeZone: string | undefined, now = new Date(), locale = LOCALE): string {
  return `${ago(when, now, locale)} (${exactTime(when, timeZone, locale)})`;
}

/** "3 hours ago (Nov 22, 2026, 4:12 a.m. UTC)", for pages that do not know the person's time zone. */
export function describeTime(when: Date, now = new Date()): string {
  return describeTimeIn(when, undefined, now);
}

/** "America / Port of Spain": a zone's name as the time-zone list and notes show it. */
export function timeZoneLabel(name: string): string {
  return name.replaceAll("_", " ").replaceAll("/", " / ");
}
