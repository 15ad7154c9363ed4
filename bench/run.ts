// `npm run bench`: builds if needed, measures, prints one table, writes bench/results/latest.json.
// BENCH_SECONDS (default 5) is each load window; BENCH_QUICK_EXIT_RUNS (default 30) the runs per
// quick exit; BENCH_LIGHTHOUSE_RUNS (default 3) the audits per page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { planAutosaveTarget } from "./autosave-target";
import { findGuidancePath, measuredPages } from "./app-pages";
import { signUpMany } from "./bench-accounts";
import { withAppServer, type DatabaseKind } from "./database-servers";
import type { AppServer } from "../tests/support/app-server";
import { measureLighthouse } from "./lighthouse";
import { getTarget, planSaveTarget, signInTarget } from "./load-targets";
import { describeMachine } from "./machine";
import { measurePageWeight } from "./page-weight";
import { SAVE_CLIENTS } from "./plan-saves";
import { measureQuickExit } from "./quick-exit";
import { phaseLine, TABLE_HEADER, tableRows, type BenchResults } from "./report-rows";
import { sampleMemory } from "./process-stats";
import { measureServerLoad } from "./server-load";
import { measureSignInStall } from "./sign-in-stall";
import { measureSignInCost } from "./sign-in-cost";
import { measureStaticPages } from "./static-pages";
import { textTable } from "./text-table";

const root = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const quickExitRuns = Number(process.env.BENCH_QUICK_EXIT_RUNS ?? 30);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const levels = [1, 10, 50];
/** Plan saves spread over this many accounts: every client has its own, as `npm run bench:saves` does. */
const ACCOUNTS = SAVE_CLIENTS;
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
// Exit through process.exit so the servers' and the PostgreSQL cluster's exit hooks run.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

const started = performance.now();
/** Other work on the machine disturbs every figure: the 1-minute load average is kept beside them. */
const loadAverageAtStart = Number(os.loadavg()[0]?.toFixed(2));
const phaseSeconds: Record<string, number> = {};
/** The app server's whole process tree at its peak in each phase that has one running. */
const phasePeakRssMiB: Record<string, number> = {};
let serverPid: number | undefined;
async function phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const begun = performance.now();
  console.log(`… ${name}`);
  const memory = serverPid === undefined ? undefined : sampleMemory(serverPid);
  try {
    return await work();
  } finally {
    phaseSeconds[name] = (performance.now() - begun) / 1000;
    if (memory) phasePeakRssMiB[name] = memory.stop().peakTreeRssMiB;
  }
}

function onServer<T>(kind: DatabaseKind, work: (server: AppServer) => Promise<T>): Promise<T> {
  return withAppServer(kind, async (server) => {
    serverPid = server.process.pid;
    try {
      return await work(server);
    } finally {
      serverPid = undefined;
    }
  });
}

await phase("build", () => buildIfNeeded(root));
const machine = describeMachine();
const signIn = await phase("sign-in cost", () => measureSignInCost());

async function loadOn(kind: DatabaseKind, url: string, pid: number) {
  const accounts = await phase(`${kind} accounts`, () => signUpMany(url, ACCOUNTS));
  const guidancePath = await findGuidancePath(url);
  const guidance = getTarget("guidance page", guidancePath);
  const signIns = await signInTarget(url, accounts);
  const targets = [
    getTarget("static /robots.txt", "/robots.txt"),
    guidance,
    await planSaveTarget(accounts),
    await planAutosaveTarget(accounts),
    signIns,
  ];
  const load = await phase(`${kind} load`, () => measureServerLoad(url, pid, kind, targets, levels, seconds));
  const stall = await phase(`${kind} reader beside sign-ins`, () =>
    measureSignInStall(url, pid, kind, guidancePath, signIns, seconds),
  );
  return { load, stall };
}

const sqlite = await onServer("SQLite", async (server) => {
  const pages = measuredPages(await findGuidancePath(server.url));
  const [account] = await signUpMany(server.url, 1);
  const cookie = account!.cookie;
  const quickExit = await phase("quick exit", () => measureQuickExit(server.url, pages[1]!.path, quickExitRuns));
  const pageWeight = await phase("page weight", () => measurePageWeight(server.url, pages, cookie));
  const lighthouse = await phase("lighthouse", () => measureLighthouse(server.url, pages, cookie, lighthouseRuns));
  const staticPages = await phase("static pages", () => measureStaticPages(server.url, pages[1]!.path, seconds));
  return {
    quickExit,
    pageWeight,
    lighthouse,
    staticPages,
    ...(await loadOn("SQLite", server.url, server.process.pid!)),
  };
});
const postgres = await onServer("PostgreSQL", (server) => loadOn("PostgreSQL", server.url, server.process.pid!));

const results: BenchResults = {
  measuredAt: new Date().toISOString(),
  machine,
  signIn,
  quickExit: sqlite.quickExit,
  pageWeight: sqlite.pageWeight,
  lighthouse: sqlite.lighthouse,
  staticPages: sqlite.staticPages,
  serverLoad: [sqlite.load, postgres.load],
  signInStall: [sqlite.stall, postgres.stall],
  phaseSeconds,
  phasePeakRssMiB,
  totalSeconds: (performance.now() - started) / 1000,
  loadAverage: { atStart: loadAverageAtStart, atEnd: Number(os.loadavg()[0]?.toFixed(2)) },
};

console.log(`\nBenchmarks on ${machine.description}\n${machine.chromium}; ${machine.postgres}`);
console.log(
  `1-minute load average ${results.loadAverage.atStart} at the start, ${results.loadAverage.atEnd} at the end (${machine.cores} cores).`,
);
if (Math.max(results.loadAverage.atStart, results.loadAverage.atEnd) > machine.cores)
  console.log("The machine was busy with other work: figures are slower and noisier than on a quiet machine.");
console.log("");
console.log(textTable(TABLE_HEADER, tableRows(results)));
console.log(`\n${phaseLine(results)}`);
const output = path.join(import.meta.dirname, "results", "latest.json");
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Written to ${path.relative(process.cwd(), output)}.`);
