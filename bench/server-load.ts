// Requests per second and latency under 1, 10 and 50 concurrent clients, with autocannon.
import autocannon from "autocannon";
import type { LoadTarget, Tally } from "./load-targets";
import { sampleMemory, waitUntilIdle, type MemoryPeak } from "./process-stats";

export type LoadRun = {
  database: string;
  target: string;
  connections: number;
  seconds: number;
  /** Answers received in the window (a request still open when it closes is not counted). */
  answered: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  conflicts: number;
  unexpected: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Requests per second as a share of the static file's at the same concurrency. */
  shareOfStatic: number | null;
};

export type ServerLoadResult = { database: string; runs: LoadRun[]; memory: MemoryPeak };

async function loadOnce(url: string, target: LoadTarget, connections: number, seconds: number) {
  const tally: Tally = { ok: 0, conflicts: 0, unexpected: {} };
  let client = 0;
  const result = await autocannon({
    url,
    connections,
    ...(target.requestCount ? { amount: target.requestCount(connections, seconds) } : { duration: seconds }),
    // A sign-in queue at 50 clients is seconds long: count slow answers, do not drop them.
    timeout: 30,
    setupClient: (instance) => instance.setRequests(target.requestsFor((client += 1) - 1, tally)),
  });
  return { result, tally };
}

/**
 * Runs every target at every concurrency against one server; the first target is the ceiling
 * the others are compared with. Memory is sampled for the whole of it.
 */
export async function measureServerLoad(
  url: string,
  pid: number,
  database: string,
  targets: LoadTarget[],
  levels: number[],
  seconds: number,
): Promise<ServerLoadResult> {
  const memory = sampleMemory(pid);
  const runs: LoadRun[] = [];
  for (const target of targets) {
    for (const connections of levels) {
      await target.prepare?.();
      const { result, tally } = await loadOnce(url, target, connections, seconds);
      const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000;
      const ceiling = runs.find((run) => run.target === targets[0]?.name && run.connections === connections);
      const requestsPerSecond = Math.round((result.requests.total / elapsed) * 10) / 10;
      runs.push({
        database,
        target: target.name,
        connections,
        seconds: Math.round(elapsed * 10) / 10,
        answered: result.requests.total,
        requestsPerSecond,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        ...tally,
        errors: result.errors,
        timeouts: result.timeouts,
        shareOfStatic: ceiling ? Math.round((requestsPerSecond / ceiling.requestsPerSecond) * 1000) / 1000 : null,
      });
      await waitUntilIdle(pid);
    }
  }
  return { database, runs, memory: memory.stop() };
}
