import "server-only";
import pLimit, { type LimitFunction } from "p-limit";

/**
 * Argon2 runs on libuv's thread pool, which also reads files and compresses responses: with no
 * queue, a burst of sign-ins takes every thread and a guidance page waits behind them. Two at a
 * time leaves the pool free for everything else on a 2-core server.
 */
export const ARGON2_AT_ONCE = 2;

// One queue per process, even if bundling loads this module more than once.
const shared = globalThis as typeof globalThis & { safeHarbourArgon2Queue?: LimitFunction };

function queue(): LimitFunction {
  shared.safeHarbourArgon2Queue ??= pLimit(ARGON2_AT_ONCE);
  return shared.safeHarbourArgon2Queue;
}

/** Runs one Argon2 derivation when its turn comes. */
export function inArgon2Queue<T>(work: () => Promise<T>): Promise<T> {
  return queue()(work);
}
