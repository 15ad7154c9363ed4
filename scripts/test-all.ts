// `npm test`: every check in order, then one line that totals them: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { markBuilt } from "./build-if-needed";

type Tally = { passed: number; failed: number };
type Step = { name: string; run: () => Tally };

const root = path.resolve(import.meta.dirname, "..");
const output = path.join(root, "tests/.output");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
fs.rmSync(output, { recursive: true, force: true });
fs.mkdirSync(output, { recursive: true });
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

function exec(command: string, args: string[]): boolean {
  console.log(`\n$ ${path.basename(command)} ${args.join(" ")}`);
  return spawnSync(command, args, { cwd: root, stdio: "inherit" }).status === 0;
}

/** A check that is one pass or one fail, like the type check or the build. */
function single(command: string, args: string[], after?: () => void): Tally {
  const ok = exec(command, args);
  if (ok) after?.();
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Counts from a JSON report; a suite that crashed before reporting counts as one failure. */
function fromReport(ok: boolean, report: string, read: (json: Record<string, unknown>) => Tally): Tally {
  if (!fs.existsSync(report)) return { passed: 0, failed: 1 };
  const tally = read(JSON.parse(fs.readFileSync(report, "utf8")) as Record<string, unknown>);
  return !ok && tally.failed === 0 ? { ...tally, failed: 1 } : tally;
}

function vitestProject(project: string): Tally {
  const report = path.join(output, `vitest-${project}.json`);
  const ok = exec(bin("vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  return fromReport(ok, report, (json) => ({
    passed: Number(json.numPassedTests),
    failed: Number(json.numFailedTests),
  }));
}

function playwright(): Tally {
  const report = path.join(output, "e2e-results.json");
  const ok = exec(bin("playwright"), ["test"]);
  return fromReport(ok, report, (json) => {
    const stats = json.stats as { expected: number; unexpected: number; flaky: number };
    return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
  });
}

/** The tool that compares guidance with the source texts lives beside the project, not in it. */
function overlapCheck(): Tally {
  const candidates = [
    process.env.OVERLAP_CHECK,
    path.join(root, "../shared/tools/overlap-check"),
    "/work/shared/tools/overlap-check",
  ];
  const tool = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!tool) {
    console.log("\nThe overlap-check tool was not found; set OVERLAP_CHECK to its path.");
    return { passed: 0, failed: 1 };
  }
  return single(tool, [path.join(root, "content")]);
}

let built = false;
const steps: Step[] = [
  {
    name: "content build (validates every guidance file)",
    run: () => single(bin("tsx"), ["scripts/build-content.ts"]),
  },
  { name: "guidance shares no sentences with the sources", run: overlapCheck },
  { name: "typecheck", run: () => single(bin("tsc"), ["--noEmit"]) },
  { name: "lint", run: () => single(bin("eslint"), ["--max-warnings=0", "."]) },
  {
    name: "formatting (prettier, 120 columns)",
    run: () => single(bin("prettier"), ["--check", "--log-level=warn", "."]),
  },
  { name: "unit tests", run: () => vitestProject("unit") },
  { name: "database tests (SQLite and PostgreSQL)", run: () => vitestProject("db") },
  { name: "build", run: () => single(bin("next"), ["build"], () => ((built = true), markBuilt(root))) },
  { name: "end-to-end tests (Chromium)", run: () => (built ? playwright() : { passed: 0, failed: 1 }) },
  // Runs the build above with `next start`: concurrent saves, a killed server, a lost database, fuzzing.
  {
    name: "reliability tests (built app)",
    run: () => (built ? vitestProject("reliability") : { passed: 0, failed: 1 }),
  },
];

const results = steps.map((step) => ({ name: step.name, ...step.run() }));
const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }), {
  passed: 0,
  failed: 0,
});

console.log("\nSummary");
for (const r of results)
  console.log(`  ${r.failed ? "FAIL" : "ok  "}  ${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
