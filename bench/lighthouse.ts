// Lighthouse's default (mobile, simulated slow 4G and a slower CPU) scores for each measured page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { MeasuredPage } from "./app-pages";
import { chromiumFlags } from "../tests/support/chromium-launch";
import { chromiumPath, LOCAL_ONLY_FLAG } from "./chromium";

const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

export type LighthouseScores = {
  page: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  firstContentfulPaintMs: number | null;
  largestContentfulPaintMs: number | null;
  totalBlockingTimeMs: number | null;
  runs?: number;
  /** Every scored run's performance score, lowest first. */
  performanceScores?: (number | null)[];
  failedRuns?: number;
  problem?: string;
};

const score = (value: number | null | undefined) => (typeof value === "number" ? Math.round(value * 100) : null);
const ms = (value: number | undefined) => (typeof value === "number" ? Math.round(value) : null);

async function auditOnce(url: string, port: number, cookie: string | undefined): Promise<LighthouseScores> {
  const runner = await lighthouse(url, {
    port,
    logLevel: "error",
    output: "json",
    onlyCategories: [...CATEGORIES],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  const lhr = runner?.lhr;
  const audit = (id: string) => ms(lhr?.audits[id]?.numericValue);
  return {
    page: "",
    path: "",
    performance: score(lhr?.categories.performance?.score),
    accessibility: score(lhr?.categories.accessibility?.score),
    bestPractices: score(lhr?.categories["best-practices"]?.score),
    firstContentfulPaintMs: audit("first-contentful-paint"),
    largestContentfulPaintMs: audit("largest-contentful-paint"),
    totalBlockingTimeMs: audit("total-blocking-time"),
    ...(lhr?.runtimeError ? { problem: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    ...(lhr && lhr.finalDisplayedUrl !== url ? { problem: `ended at ${lhr.finalDisplayedUrl}` } : {}),
  };
}

/** Lighthouse varies from run to run: each page is audited `runs` times; the run with the median performance score is kept. */
export async function measureLighthouse(
  baseUrl: string,
  pages: MeasuredPage[],
  cookie: string,
  runs = 3,
): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [...chromiumFlags, LOCAL_ONLY_FLAG, "--headless"],
    logLevel: "silent",
  });
  try {
    const results: LighthouseScores[] = [];
    for (const page of pages) {
      const audits: LighthouseScores[] = [];
      for (let run = 0; run < runs; run += 1)
        audits.push(await auditOnce(new URL(page.path, baseUrl).href, chrome.port, page.signedIn ? cookie : undefined));
      // A run that failed (e.g. NO_NAVSTART on a busy machine) has no score: the median is of the others.
      const scored = audits
        .filter((audit) => audit.performance !== null && !audit.problem)
        .sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
      const kept = scored[Math.floor((scored.length - 1) / 2)] ?? (audits[0] as LighthouseScores);
      results.push({
        ...kept,
        page: page.name,
        path: page.path,
        runs: scored.length || runs,
        performanceScores: scored.map((audit) => audit.performance),
        failedRuns: runs - scored.length,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
