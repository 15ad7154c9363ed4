import "server-only";
import { deleteExpiredBriefs } from "./brief-store";

export const SWEEP_EVERY_MS = 60 * 60 * 1000;

// One timer per process, even if bundling loads this module more than once.
const shared = globalThis as typeof globalThis & { safeHarbourBriefSweep?: ReturnType<typeof setInterval> };

/** Deletes briefs that have ended; a failure is one line, never the error itself (it may quote a query). */
export async function sweepExpiredBriefs(now = new Date()): Promise<number> {
  try {
    return await deleteExpiredBriefs(now);
  } catch {
    console.error("Could not delete the helper briefs that have ended; the next sweep tries again.");
    return 0;
  }
}

/**
 * At server start and every hour after: a brief that has ended is deleted even if nobody opens
 * it or lists hers again (opening and listing also delete the ones that have ended).
 */
export function startBriefSweep(): void {
  if (shared.safeHarbourBriefSweep) return;
  void sweepExpiredBriefs();
  shared.safeHarbourBriefSweep = setInterval(() => void sweepExpiredBriefs(), SWEEP_EVERY_MS);
  shared.safeHarbourBriefSweep.unref?.();
}
