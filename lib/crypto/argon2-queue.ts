import "server-only";
import pLimit, { type LimitFunction } from "p-limit";

/**
 * Argon2 runs on libuv's thread pool, which also reads files and compresses responses: with no
 * queue, a burst of sign-ins takes every thread and a guidance page waits behind them. One at a
 * time leaves a core and 64 MiB for everything else on a 2-core server: with two at once a reader's
 * p99 rose 15× during 8 sign-ins, with one about 2× (bench/sign-in-stall.ts, 6 December 2026).
 */
export const ARGON2_AT_ONCE = 1;

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
