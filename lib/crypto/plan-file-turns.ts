import "server-only";

/**
 * Locking or opening a plan file costs one Argon2id derivation (64 MiB, about a sign-in's CPU).
 * Turns are counted here, synchronously and before the derivation starts, so parallel requests
 * cannot all slip past the check: per account, one at a time and a few per quarter hour; per
 * server process, two at once, so sign-ins keep threads and memory however many accounts try.
 * This is in memory on purpose: the cost it guards is this process's CPU, so each app server
 * guards its own (behind a load balancer, each server still runs at most two).
 */
export const PLAN_FILE_TURNS = { perAccount: 6, windowMs: 15 * 60_000, atOncePerProcess: 2 } as const;

export type PlanFileTurn =
  | { ok: true; done(): void }
  | { ok: false; reason: "already-running" }
  | { ok: false; reason: "server-busy" }
  | { ok: false; reason: "wait"; minutes: number };

type Usage = { startedAt: number[]; running: boolean };

export class PlanFileTurns {
  readonly #accounts = new Map<string, Usage>();
  #running = 0;

  constructor(
    private readonly limits: { perAccount: number; windowMs: number; atOncePerProcess: number } = PLAN_FILE_TURNS,
  ) {}

  /** A turn for `userId`, or why not; a granted turn counts at once and must be ended with `done()`. */
  take(userId: string, now = Date.now()): PlanFileTurn {
    const usage = this.#usageOf(userId, now);
    if (usage.running) return { ok: false, reason: "already-running" };
    if (usage.startedAt.length >= this.limits.perAccount) {
      const oldest = usage.startedAt[0] ?? now;
      return {
        ok: false,
        reason: "wait",
        minutes: Math.max(1, Math.ceil((oldest + this.limits.windowMs - now) / 60_000)),
      };
    }
    if (this.#running >= this.limits.atOncePerProcess) return { ok: false, reason: "server-busy" };
    usage.startedAt.push(now);
    usage.running = true;
    this.#running += 1;
    let ended = false;
    return {
      ok: true,
      done: () => {
        if (ended) return;
        ended = true;
        usage.running = false;
        this.#running -= 1;
      },
    };
  }

  #usageOf(userId: string, now: number): Usage {
    const recent = (usage: Usage) =>
      (usage.startedAt = usage.startedAt.filter((at) => now - at < this.limits.windowMs));
    // Forget accounts whose turns have all expired, so the map stays as small as the recent users.
    if (this.#accounts.size > 1000) {
      for (const [id, usage] of this.#accounts)
        if (!usage.running && recent(usage).length === 0) this.#accounts.delete(id);
    }
    const usage = this.#accounts.get(userId) ?? { startedAt: [], running: false };
    recent(usage);
    this.#accounts.set(userId, usage);
    return usage;
  }
}

// One set per server process, kept on globalThis so that every bundle that imports this shares it.
const holder = globalThis as typeof globalThis & { __safeHarbourPlanFileTurns?: PlanFileTurns };

/** The server's one set of turns. */
export function planFileTurns(): PlanFileTurns {
  holder.__safeHarbourPlanFileTurns ??= new PlanFileTurns();
  return holder.__safeHarbourPlanFileTurns;
}

/** Runs `work` in a turn of `userId`'s, or answers why it cannot run now. */
export async function inPlanFileTurn<T>(
  userId: string,
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | Exclude<PlanFileTurn, { ok: true }>> {
  const turn = planFileTurns().take(userId);
  if (!turn.ok) return turn;
  try {
    return { ok: true, value: await work() };
  } finally {
    turn.done();
  }
}
