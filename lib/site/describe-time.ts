const exact = new Intl.DateTimeFormat("en-CA", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "3 hours ago (Nov 22, 2026, 4:12 a.m. UTC)": readable at a glance, exact when it matters. */
export function describeTime(when: Date, now = new Date()): string {
  const minutes = Math.round((now.getTime() - when.getTime()) / 60_000);
  const ago =
    minutes < 1
      ? "just now"
      : minutes < 60
        ? `${minutes} ${minutes === 1 ? "minute" : "minutes"} ago`
        : minutes < 48 * 60
          ? `${Math.round(minutes / 60)} ${Math.round(minutes / 60) === 1 ? "hour" : "hours"} ago`
          : `${Math.round(minutes / 1440)} days ago`;
  return `${ago} (${exact.format(when)} UTC)`;
}
