// Every figure of a run as rows of one table: area, measure, result, what it is compared with, ratio.
import type { LighthouseScores } from "./lighthouse";
import type { Machine } from "./machine";
import type { PageWeight } from "./page-weight";
import type { QuickExitResult } from "./quick-exit";
import type { ServerLoadResult } from "./server-load";
import type { SignInCost } from "./sign-in-cost";
import { STALL_TARGET_RATIO, type SignInStallResult } from "./sign-in-stall";
import { staticPagesRows, type StaticPagesResult } from "./static-pages";

export type BenchResults = {
  measuredAt: string;
  machine: Machine;
  signIn: SignInCost;
  quickExit: QuickExitResult;
  pageWeight: PageWeight[];
  lighthouse: LighthouseScores[];
  staticPages: StaticPagesResult;
  serverLoad: ServerLoadResult[];
  signInStall: SignInStallResult[];
  phaseSeconds: Record<string, number>;
  phasePeakRssMiB: Record<string, number>;
  totalSeconds: number;
  loadAverage: { atStart: number; atEnd: number };
};

export function phaseLine(results: BenchResults): string {
  return `Took ${Math.round(results.totalSeconds)} s: ${Object.entries(results.phaseSeconds)
    .map(([phase, s]) => `${phase} ${Math.round(s)} s`)
    .join(", ")}.`;
}

export const TABLE_HEADER = ["area", "measure", "result", "compared with", "ratio"];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value < 1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const ratio = (value: number | null) =>
  value === null || !Number.isFinite(value) ? "" : `${value.toFixed(value < 0.1 ? 3 : 2)}×`;

const QUICK_EXIT_MOMENTS = [
  ["hidden", "content hidden (frame)"],
  ["navigation", "navigation starts"],
  ["handler", "in the page: listener → navigation"],
] as const;

function quickExitRows({ runs, summaries }: QuickExitResult): string[][] {
  const rows: string[][] = [];
  for (const trigger of ["click", "shift×3"] as const) {
    const ours = summaries.find((s) => s.side === "ours" && s.trigger === trigger);
    const theirs = summaries.find((s) => s.side === "GOV.UK" && s.trigger === trigger);
    if (!ours || !theirs) continue;
    for (const [moment, label] of QUICK_EXIT_MOMENTS) {
      const [a, b] = [ours[moment].median, theirs[moment].median];
      rows.push([
        `Quick exit (median of ${runs})`,
        `${trigger} → ${label}`,
        `ours ${ms(a)}`,
        `GOV.UK ${ms(b)}`,
        ratio(a / b),
      ]);
    }
  }
  const hiddenFirst = (side: string) =>
    summaries.filter((s) => s.side === side).every((s) => s.hiddenFirstEveryRun) ? "every run" : "NOT every run";
  rows.push([
    "Quick exit",
    "content already hidden when navigation starts",
    `ours: ${hiddenFirst("ours")}`,
    `GOV.UK: ${hiddenFirst("GOV.UK")}`,
    "",
  ]);
  return rows;
}

function loadRows({ database, runs, memory }: ServerLoadResult): string[][] {
  const rows = runs.map((run) => {
    const problems = [
      run.conflicts ? `${run.conflicts} conflict${run.conflicts === 1 ? "" : "s"}` : "",
      ...Object.entries(run.unexpected).map(([status, n]) => `${n}× HTTP ${status}`),
      run.timeouts ? `${run.timeouts} timed out (30 s)` : "",
      run.errors > run.timeouts ? `${run.errors - run.timeouts} connection errors` : "",
    ].filter(Boolean);
    const ceiling = runs.find((other) => other.target === runs[0]?.target && other.connections === run.connections);
    const isCeiling = run.target === runs[0]?.target;
    return [
      `Load: ${database}`,
      `${run.target}, ${run.connections} client${run.connections === 1 ? "" : "s"}`,
      run.answered
        ? `${run.requestsPerSecond} req/s, p50 ${ms(run.p50Ms)}, p99 ${ms(run.p99Ms)}`
        : `no answer within ${run.seconds} s`,
      [isCeiling ? "ceiling" : `static ${ceiling?.requestsPerSecond ?? "?"} req/s`, ...problems].join("; "),
      isCeiling ? "" : ratio(run.shareOfStatic),
    ];
  });
  const processes = `${memory.processes} process${memory.processes === 1 ? "" : "es"}; peak of any one: ${memory.peakProcessHwmMiB} MiB (VmHWM)`;
  return [
    ...rows,
    ["Memory", `${database} server, peak resident under load`, `${memory.peakTreeRssMiB} MiB`, processes, ""],
  ];
}

/** Issue 14's target for the server's whole process tree, with the heap limited (scripts/server-process-env.ts). */
export const PEAK_RSS_TARGET_MIB = 400;

function stallRows(results: SignInStallResult[]): string[][] {
  return results.map(({ database, signInsAtOnce, alone, duringSignIns, p99Ratio }) => [
    `Stall: ${database}`,
    `guidance page, 1 reader, while ${signInsAtOnce} sign-ins run at once (${duringSignIns.signInsAnswered} sign-ins answered)`,
    duringSignIns.requests
      ? `p99 ${ms(duringSignIns.p99Ms)}, p50 ${ms(duringSignIns.p50Ms)}`
      : "no page answered in the window",
    [
      `alone p99 ${ms(alone.p99Ms)}, p50 ${ms(alone.p50Ms)}; target ≤ ${STALL_TARGET_RATIO}×`,
      duringSignIns.failed + alone.failed ? `${duringSignIns.failed + alone.failed} pages failed` : "",
      duringSignIns.signInsFailed ? `${duringSignIns.signInsFailed} sign-ins failed` : "",
    ]
      .filter(Boolean)
      .join("; "),
    Number.isFinite(p99Ratio) ? ratio(p99Ratio) : `over ${STALL_TARGET_RATIO}×`,
  ]);
}

function phaseMemoryRows(peaks: Record<string, number>): string[][] {
  return Object.entries(peaks).map(([phase, mib]) => [
    "Memory",
    `server's peak resident during "${phase}"`,
    `${mib} MiB`,
    `target ≤ ${PEAK_RSS_TARGET_MIB} MiB`,
    ratio(mib / PEAK_RSS_TARGET_MIB),
  ]);
}

export function tableRows(results: BenchResults): string[][] {
  const { signIn } = results;
  return [
    [
      "Sign-in cost",
      `${signIn.parameters} (median of ${signIn.runs})`,
      `${signIn.medianMs} ms`,
      `range ${signIn.minMs}-${signIn.maxMs} ms`,
      "",
    ],
    ...quickExitRows(results.quickExit),
    ...[...results.pageWeight, results.quickExit.govukPage].map((page) => [
      "Page weight (compressed)",
      `${page.page} ${page.path}`,
      `JS ${kib(page.javascriptBytes)}, total ${kib(page.totalBytes)}; again ${kib(page.warmTotalBytes)}`,
      `${page.requests} requests, ${page.encodings.join("/")}`,
      "",
    ]),
    ...results.lighthouse.map((page) => [
      `Lighthouse (mobile, median of ${page.runs ?? 1})`,
      `${page.page} ${page.path}`,
      page.problem ??
        `performance ${page.performance}, accessibility ${page.accessibility}, best practices ${page.bestPractices}`,
      page.problem
        ? ""
        : `FCP ${page.firstContentfulPaintMs} ms, LCP ${page.largestContentfulPaintMs} ms, TBT ${page.totalBlockingTimeMs} ms${page.failedRuns ? `; ${page.failedRuns} run(s) failed` : ""}`,
      "",
    ]),
    ...staticPagesRows(results.staticPages),
    ...results.serverLoad.flatMap(loadRows),
    ...stallRows(results.signInStall),
    ...phaseMemoryRows(results.phasePeakRssMiB),
    ["Bench", "wall-clock time", `${Math.round(results.totalSeconds)} s`, "phases below", ""],
  ];
}
