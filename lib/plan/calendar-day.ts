const DAY_MS = 24 * 60 * 60_000;

/** "December 2, 2026" (or "2 décembre 2026" in French), for a calendar day written as 2026-12-02. */
export function describeDay(day: string, locale = "en-CA"): string {
  const longDay = new Intl.DateTimeFormat(locale === "en" ? "en-CA" : locale, { dateStyle: "long", timeZone: "UTC" });
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

/** Today's calendar day on the server's clock, in UTC. */
export const serverToday = (now = new Date()): string => now.toISOString().slice(0, 10);

/**
 * The day the person's own device says it is, when it is within a day of the server's: a browser
 * far behind or ahead of UTC is still on today where the person lives. Anything else is the server's day.
 */
export function dayFromDevice(sent: string | undefined, now = new Date()): string {
  const server = serverToday(now);
  if (!sent || !/^\d{4}-\d{2}-\d{2}$/.test(sent)) return server;
  const sentAt = Date.parse(`${sent}T00:00:00Z`);
  if (Number.isNaN(sentAt) || serverToday(new Date(sentAt)) !== sent) return server;
  return Math.abs(sentAt - Date.parse(`${server}T00:00:00Z`)) <= DAY_MS ? sent : server;
}
