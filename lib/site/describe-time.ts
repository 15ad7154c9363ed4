const LOCALE = "en-CA";
const formats = new Map<string, Intl.DateTimeFormat>();

function exactFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium", timeStyle: "short", timeZone });
    formats.set(timeZone, format);
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
export function exactTime(when: Date, timeZone?: string): string {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : "UTC";
  const text = exactFormat(zone).format(when);
  return isUtcZone(zone) ? `${text} UTC` : text;
}

function ago(when: Date, now: Date): string {
  const minutes = Math.round((now.getTime() - when.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} ${minutes === 1 ? "minute" : "minutes"} ago`;
  const hours = Math.round(minutes / 60);
  if (minutes < 48 * 60) return `${hours} ${hours === 1 ? "hour" : "hours"} ago`;
  return `${Math.round(minutes / 1440)} days ago`;
}

/** "3 hours ago (Nov 22, 2026, 11:12 p.m.)": readable at a glance, exact when it matters. */
export function describeTimeIn(when: Date, timeZone: string | undefined, now = new Date()): string {
  return `${ago(when, now)} (${exactTime(when, timeZone)})`;
}

/** "3 hours ago (Nov 22, 2026, 4:12 a.m. UTC)", for pages that do not know the person's time zone. */
export function describeTime(when: Date, now = new Date()): string {
  return describeTimeIn(when, undefined, now);
}

/** "America / Port of Spain": a zone's name as the time-zone list and notes show it. */
export function timeZoneLabel(name: string): string {
  return name.replaceAll("_", " ").replaceAll("/", " / ");
}
