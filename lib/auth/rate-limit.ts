import "server-only";
import { serverConfig } from "../config/server-config";
import type { DatabaseClient } from "../db/create-database-client";

type Limit = { key: string; freeTries: number; maxSeconds: number };

const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Three counters, so that a guesser slows themselves down without locking the owner out:
 * this username from this client (strict), this client on any username, and this username
 * from anywhere (loose, for guessing spread over many addresses). Waits grow but are capped.
 */
export function signInLimits(usernameKey: string, clientKey: string): Limit[] {
  return [
    { key: `pair:${usernameKey}:${clientKey}`, freeTries: 5, maxSeconds: 15 * 60 },
    { key: `client:${clientKey}`, freeTries: 30, maxSeconds: 15 * 60 },
    { key: `user:${usernameKey}`, freeTries: 100, maxSeconds: 5 * 60 },
  ];
}

/** Seconds to wait before another try is allowed, or 0. */
export async function secondsToWait(db: DatabaseClient, limits: Limit[], now = new Date()): Promise<number> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: limits.map((limit) => limit.key) } } });
  const waits = rows.map((row) => (row.lockedUntil ? Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000) : 0));
  return Math.max(0, ...waits);
}

export async function recordFailure(db: DatabaseClient, limits: Limit[], now = new Date()): Promise<void> {
  const base = serverConfig().signInDelaySeconds;
  for (const limit of limits) {
    const existing = await db.rateLimit.findUnique({ where: { key: limit.key } });
    const stale = !existing || now.getTime() - existing.updatedAt.getTime() > FORGET_AFTER_MS;
    const failures = stale ? 1 : existing.failures + 1;
    // The free tries are used up by the failure that reaches them; the next try waits.
    const over = failures - limit.freeTries;
    const lockedUntil = over >= 0 ? new Date(now.getTime() + Math.min(base * 2 ** over, limit.maxSeconds) * 1000) : null;
    await db.rateLimit.upsert({
      where: { key: limit.key },
      create: { key: limit.key, failures, lockedUntil, updatedAt: now },
      update: { failures, lockedUntil, updatedAt: now },
    });
  }
}

/** A right passphrase clears the counters that name this username; the client's stays. */
export async function recordSuccess(db: DatabaseClient, limits: Limit[]): Promise<void> {
  const named = limits.filter((limit) => !limit.key.startsWith("client:")).map((limit) => limit.key);
  await db.rateLimit.deleteMany({ where: { key: { in: named } } });
}

export function waitMessage(seconds: number): string {
  const amount =
    seconds <= 90 ? `${seconds} ${seconds === 1 ? "second" : "seconds"}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many tries. Please wait ${amount}, then try again. This pause protects accounts from guessing.`;
}
