// Issue 14's public pages as fixed documents: what a guidance page costs in each language, and how
// many a second the server answers beside a static file. `npx tsx bench/static-pages.ts` runs it
// alone (built app, SQLite); `npm run bench` runs it with everything else.
import path from "node:path";
import autocannon from "autocannon";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { findGuidancePath } from "./app-pages";
import { launchChromium, LOCAL_ONLY_FLAG } from "./chromium";
import { withAppServer } from "./database-servers";
import { weigh, type PageWeight } from "./page-weight";
import { sampleMemory } from "./process-stats";
import { textTable } from "./text-table";

export type StaticPagesResult = {
  weights: (PageWeight & { locale: string })[];
  throughput: { connections: number; staticPerSecond: number; guidancePerSecond: number; ratio: number };
};

const LOCALES = ["en-CA", "fr-CA"];
const CONNECTIONS = 50;
const HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html,*/*" };

async function perSecond(url: string, seconds: number): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: HEADERS });
  if (result.non2xx > 0) throw new Error(`${url} answered ${result.non2xx} requests with an error.`);
  return Math.round((result.requests.total / seconds) * 10) / 10;
}

export async function measureStaticPages(baseUrl: string, guidancePath: string, seconds: number) {
  const browser = await launchChromium([LOCAL_ONLY_FLAG]);
  const weights: StaticPagesResult["weights"] = [];
  try {
    for (const locale of LOCALES) {
      const context = await browser.newContext({ locale });
      weights.push({
        locale,
        ...(await weigh(context, baseUrl, { name: "guidance", path: guidancePath, signedIn: false })),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const staticPerSecond = await perSecond(`${baseUrl}/robots.txt`, seconds);
  const guidancePerSecond = await perSecond(`${baseUrl}${guidancePath}`, seconds);
  const ratio = Math.round((guidancePerSecond / staticPerSecond) * 100) / 100;
  return { weights, throughput: { connections: CONNECTIONS, staticPerSecond, guidancePerSecond, ratio } };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The rows `npm run bench` prints, each with issue 14's target beside it. */
export function staticPagesRows({ weights, throughput }: StaticPagesResult): string[][] {
  return [
    ...weights.map((page) => [
      "Static guidance (compressed)",
      `${page.locale} ${page.path}: JS, total; again`,
      `JS ${kib(page.javascriptBytes)}, total ${kib(page.totalBytes)}; again ${kib(page.warmTotalBytes)}`,
      "target JS ≤ 20 KiB, total ≤ 60 KiB; again ≤ 10 KiB",
      "",
    ]),
    [
      "Static guidance",
      `guidance vs /robots.txt, ${throughput.connections} clients`,
      `${throughput.guidancePerSecond} vs ${throughput.staticPerSecond} req/s`,
      "target ≥ 0.5×",
      `${throughput.ratio.toFixed(2)}×`,
    ],
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  buildIfNeeded(path.resolve(import.meta.dirname, ".."));
  await withAppServer("SQLite", async (server) => {
    const memory = sampleMemory(server.process.pid!);
    const guidancePath = await findGuidancePath(server.url);
    const result = await measureStaticPages(server.url, guidancePath, Number(process.env.BENCH_SECONDS ?? 5));
    const peak = memory.stop();
    console.log(textTable(["area", "measure", "result", "compared with", "ratio"], staticPagesRows(result)));
    const ready = /Public pages ready: .*/.exec(server.output())?.[0] ?? "public pages still rendering";
    console.log(
      `${ready} Peak resident memory of the server since it started: ${peak.peakProcessHwmMiB} MiB (target ≤ 400 MiB).`,
    );
  });
}
