// Sends fuzzed requests a few at a time and collects every answer a person should never get.
import type { AppServer } from "../../support/app-server";
import { mapWithLimit } from "./concurrency";
import type { FuzzRequest } from "./fuzz-requests";
import { leakedInternals } from "./page-checks";

export type Problem = { label: string; problem: string };
export type BatchResult = { problems: Problem[]; statuses: Record<number, number> };

// The server renders one page at a time per core; more in flight only queue.
const CONCURRENCY = 4;
const ANSWER_WITHIN_MS = 30_000;

/**
 * Sends every request with `cookie` (unless it brings its own) and checks each answer: no 5xx, no
 * stack trace or raw error, and no redirect off the site except to `allowedLocations`.
 */
export async function sendAll(
  server: AppServer,
  requests: FuzzRequest[],
  cookie: string,
  allowedLocations: string[] = [],
): Promise<BatchResult> {
  const problems: Problem[] = [];
  const statuses: Record<number, number> = {};
  await mapWithLimit(requests, CONCURRENCY, async (request) => {
    try {
      const response = await fetch(`${server.url}${request.path}`, {
        method: request.method,
        headers: { cookie, ...request.headers },
        body: request.body,
        redirect: "manual",
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      });
      const body = await response.text();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status >= 500)
        problems.push({ label: request.label, problem: `status ${response.status}: ${body.slice(0, 200)}` });
      const leak = leakedInternals(body);
      if (leak) problems.push({ label: request.label, problem: `leaks internals: ${leak}` });
      const location = response.headers.get("location");
      if (location && /^[a-z]+:|^\/\//i.test(location) && !allowedLocations.includes(location)) {
        problems.push({ label: request.label, problem: `redirects off the site to ${location}` });
      }
    } catch (error) {
      problems.push({ label: request.label, problem: `no answer: ${(error as Error).message}` });
    }
  });
  return { problems, statuses };
}

/**
 * Errors Next logged as unhandled ("⨯ …", with the lines after it): each is a request that failed
 * inside the app. (Next also logs refused action requests, such as an unknown action id, as plain
 * errors; those are answered with a 4xx and are not counted.)
 */
export function unhandledErrorsIn(log: string): string[] {
  return log
    .split("\n")
    .map((line, index, lines) => ({ line, next: lines.slice(index, index + 4).join(" | ") }))
    .filter(({ line }) => line.startsWith("⨯"))
    .map(({ next }) => next.slice(0, 300));
}

/** A short report: the first few problems of each kind. */
export function report(problems: Problem[], limit = 8): string {
  return problems
    .slice(0, limit)
    .map(({ label, problem }) => `- ${problem}\n    from ${label}`)
    .join("\n");
}
