// `npm run bench:saves`: plan saves per second and p50/p99 at 50 clients, one account per client,
// on SQLite and PostgreSQL; builds first if needed. BENCH_SECONDS (default 10) is the window.
import path from "node:path";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { withAppServer } from "./database-servers";
import { measurePlanSaves } from "./plan-saves";
import { textTable } from "./text-table";

const root = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
process.env.NEXT_TELEMETRY_DISABLED = "1";
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

await buildIfNeeded(root);
const results = [];
for (const kind of ["SQLite", "PostgreSQL"] as const) {
  results.push(await withAppServer(kind, (server) => measurePlanSaves(server.url, server.process.pid!, kind, seconds)));
}
const rows = results.flatMap(({ database, runs, memory }) =>
  runs.map((run) => [
    database,
    `${run.target.startsWith("plan autosave") ? "autosave (JS)" : "save (no JS)"}, ${run.connections} clients, ${run.seconds} s`,
    `${run.requestsPerSecond} saves/s`,
    `p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms`,
    `${run.ok} saved, ${run.conflicts} conflicts, ${run.errors} errors; peak ${memory.peakTreeRssMiB} MiB`,
  ]),
);
console.log(textTable(["database", "load", "throughput", "latency", "answers"], rows));
