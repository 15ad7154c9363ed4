import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { serverConfig } from "../config/server-config";
import type { DatabaseClient } from "../db/create-database-client";

/**
 * A few free tries, then one try per wait: the wait starts at SIGN_IN_DELAY_SECONDS and doubles
 * with each try after that, up to `maxSeconds`. Forgotten a day after the first try.
 */
export type DoublingLimit = { name: string; kind: "doubling"; freeTries: number; maxSeconds: number };
/** At most `tries` in each window of `windowSeconds`. */
export type WindowLimit = { name: string; kind: "window"; tries: number; windowSeconds: number };
export type Limit = DoublingLimit | WindowLimit;

export type TryOutcome = { ok: true } | { ok: false; seconds: number };

const FORGET_AFTER_SECONDS = 24 * 60 * 60;
// Nothing counts this high in a day: the "tries" counter of a doubling limit only counts.
const UNCOUNTABLE = 1_000_000_000;

// Every counter is one row, changed by a single INSERT … ON CONFLICT DO UPDATE (Prisma's native
// upsert), so tries that arrive together are all counted, in order, before any of them is worked on.
const limiters = new WeakMap<DatabaseClient, Map<string, RateLimiterPrisma>>();

function limiter(db: DatabaseClient, keyPrefix: string, points: number, duration: number): RateLimiterPrisma {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  let found = byName.get(keyPrefix);
  if (!found) {
    // Expired rows are removed by forgetExpiredTries, not by a timer that would log whole errors.
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix,
      points,
      duration,
      clearExpiredByTimeout: false,
    });
    byName.set(keyPrefix, found);
  }
  return found;
}

const tries = (db: DatabaseClient, limit: DoublingLimit) => limiter(db, limit.name, UNCOUNTABLE, FORGET_AFTER_SECONDS);
// One try may pass the gate in each of its windows; the window is the wait before the next.
const gate = (db: DatabaseClient, limit: DoublingLimit) => limiter(db, `${limit.name}-wait`, 1, 1);
const windowed = (db: DatabaseClient, limit: WindowLimit) => limiter(db, limit.name, limit.tries, limit.windowSeconds);

const refusal = (error: unknown): TryOutcome => {
  if (!(error instanceof RateLimiterRes)) throw error;
  return { ok: false, seconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
};

/** Counts one try under `limit` for `key`, before any work is done, and says whether it may go ahead. */
export async function takeTry(db: DatabaseClient, limit: Limit, key: string): Promise<TryOutcome> {
  if (limit.kind === "window") {
    return windowed(db, limit)
      .consume(key)
      .then((): TryOutcome => ({ ok: true }), refusal);
  }
  const counted = (await tries(db, limit).consume(key)).consumedPoints;
  if (counted < limit.freeTries) return { ok: true };
  const wait = Math.min(serverConfig().signInDelaySeconds * 2 ** (counted - limit.freeTries), limit.maxSeconds);
  const passed = await gate(db, limit)
    .consume(key, 1, { customDuration: wait })
    .then((): TryOutcome => ({ ok: true }), refusal);
  // A try that had to wait was never worked on: it does not make the next wait longer.
  if (!passed.ok) await tries(db, limit).reward(key, 1);
  return passed;
}

/**
 * Counts one try under each limit in turn; the first that says wait stops the rest and gives
 * back the tries already counted, since no work will be done.
 */
export async function takeTries(db: DatabaseClient, counters: [Limit, string][]): Promise<TryOutcome> {
  for (const [index, [limit, key]] of counters.entries()) {
    const outcome = await takeTry(db, limit, key);
    if (!outcome.ok) {
      for (const [taken, takenKey] of counters.slice(0, index)) await giveBackTry(db, taken, takenKey);
      return outcome;
    }
  }
  return { ok: true };
}

/** Uncounts one try, for a try that turned out right or was never worked on. */
export async function giveBackTry(db: DatabaseClient, limit: Limit, key: string): Promise<void> {
  await (limit.kind === "window" ? windowed(db, limit) : tries(db, limit)).reward(key, 1);
}

/** Clears a doubling limit's count and wait for `key`: the person behind it proved who they are. */
export async function forgetTries(db: DatabaseClient, limit: DoublingLimit, key: string): Promise<void> {
  await tries(db, limit).delete(key);
  await gate(db, limit).delete(key);
}

/** Removes counters whose time has passed, whoever they belonged to. */
export async function forgetExpiredTries(db: DatabaseClient, now = new Date()): Promise<number> {
  return (await db.rateLimit.deleteMany({ where: { expire: { lt: now } } })).count;
}

export function waitMessage(seconds: number): string {
  return `Too many tries. Please wait ${describeWait(seconds)}, then try again. This pause protects accounts from guessing.`;
}

export function describeWait(seconds: number): string {
  return seconds <= 90 ? `${seconds} ${seconds === 1 ? "second" : "seconds"}` : `${Math.ceil(seconds / 60)} minutes`;
}
