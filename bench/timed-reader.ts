// One reader asking for a page again and again over one kept-alive connection, each answer timed
// with performance.now(): autocannon counts whole milliseconds, and a stored page takes less than one.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { quantile } from "./statistics";

export type TimedReading = { requests: number; p50Ms: number; p99Ms: number; failed: number };

function getOnce(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      response.on("data", () => {});
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
  });
}

export async function readRepeatedly(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<TimedReading> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(path, baseUrl);
  const times: number[] = [];
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  try {
    while (performance.now() < until) {
      const started = performance.now();
      const status = await getOnce(agent, url, headers).catch(() => 0);
      if (status === 200) times.push(performance.now() - started);
      else failed += 1;
    }
  } finally {
    agent.destroy();
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    requests: times.length,
    p50Ms: times.length ? round(quantile(times, 0.5)) : 0,
    p99Ms: times.length ? round(quantile(times, 0.99)) : 0,
    failed,
  };
}
