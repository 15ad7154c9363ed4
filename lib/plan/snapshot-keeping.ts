/**
 * Which earlier versions of a plan are kept: every one for 30 days, then the last one of each week
 * (Monday to Sunday, UTC). The history pages say this rule in words; it lives here alone.
 */
export const KEEP_EVERY_VERSION_DAYS = 30;

const DAY_MS = 24 * 60 * 60_000;

export type KeptVersion = { id: string; savedAt: Date };

/** Midnight UTC on the Monday that starts the week `at` falls in. */
export function weekStartOf(at: Date): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const daysSinceMonday = (at.getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY_MS);
}

/** Versions saved before this are kept only if they are the last of their week. */
export const everyVersionSince = (now: Date) => new Date(now.getTime() - KEEP_EVERY_VERSION_DAYS * DAY_MS);

/**
 * Versions saved from this time on can never be let go today; only those before it need reading
 * (they include the rest of the week the 30 days begin in, which decides whether older ones stay).
 */
export const decidedBefore = (now: Date) => new Date(weekStartOf(everyVersionSince(now)).getTime() + 7 * DAY_MS);

/**
 * The ids to let go: saved more than 30 days ago, with a later version in the same week. Applying
 * the rule again to what it keeps lets nothing more go.
 */
export function versionsToLetGo(versions: readonly KeptVersion[], now: Date): string[] {
  const cutoff = everyVersionSince(now).getTime();
  const lastOfWeek = new Map<number, KeptVersion>();
  for (const version of versions) {
    const week = weekStartOf(version.savedAt).getTime();
    const last = lastOfWeek.get(week);
    if (!last || later(version, last)) lastOfWeek.set(week, version);
  }
  return versions
    .filter((version) => version.savedAt.getTime() < cutoff)
    .filter((version) => lastOfWeek.get(weekStartOf(version.savedAt).getTime()) !== version)
    .map((version) => version.id);
}

// Two versions saved in the same millisecond: the id decides, as the history's order does.
const later = (a: KeptVersion, b: KeptVersion) =>
  a.savedAt.getTime() > b.savedAt.getTime() || (a.savedAt.getTime() === b.savedAt.getTime() && a.id > b.id);

/** Whether the rule is due again: once a day (UTC) per plan is enough, as it works in whole days. */
export const keepingDue = (keptOn: string | undefined, now: Date) => keptOn !== now.toISOString().slice(0, 10);
