// Quick exit in Chromium: ours beside GOV.UK Frontend's "Exit this page", same machine, alternate runs.
import type { Browser, BrowserContext, ConsoleMessage, Page } from "@playwright/test";
import { NoJsBrowser } from "../tests/support/no-js-client";
import { isLocal, launchChromium } from "./chromium";
import { mainContentOf, startGovukExitPage } from "./govuk-exit-page";
import { measurePageWeight, type PageWeight } from "./page-weight";
import { EXIT_PROBE_PREFIX, exitProbeSource, type ExitProbe } from "./quick-exit-probe";
import { median, quantile } from "./statistics";

/** Where both quick exits go; intercepted, so nothing leaves the machine. */
export const NEUTRAL_EXIT_URL = "https://neutral.example/";

type Trigger = "click" | "shift×3";
type Side = {
  name: "ours" | "GOV.UK";
  url: string;
  button: string;
  ready: string;
  context: BrowserContext;
  page: Page;
};
/** Milliseconds after the trigger, except `handler`: from the page's first listener to the navigation. */
const MOMENTS = ["hidden", "navigation", "domHidden", "inputDelay", "handler"] as const;
export type Moment = (typeof MOMENTS)[number];
export type Spread = { median: number; p25: number; p75: number };
export type ExitSummary = { side: Side["name"]; trigger: Trigger; runs: number; hiddenFirstEveryRun: boolean } & Record<
  Moment,
  Spread
>;
export type QuickExitResult = { runs: number; page: string; govukPage: PageWeight; summaries: ExitSummary[] };

/** Holds the neutral site's answer, as a real network would, so the old page can paint its cover. */
function neutralGate(context: BrowserContext) {
  let open = Promise.resolve();
  let release = () => {};
  void context.route(`${NEUTRAL_EXIT_URL}**`, async (route) => {
    await open;
    await route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Neutral</title>" });
  });
  return {
    hold: () => void (open = new Promise<void>((resolve) => (release = resolve))),
    release: () => release(),
  };
}

function nextProbeReport(page: Page): Promise<ExitProbe> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The exit probe did not report within 10 s.")), 10_000);
    const listen = (message: ConsoleMessage) => {
      if (!message.text().startsWith(EXIT_PROBE_PREFIX)) return;
      page.off("console", listen);
      clearTimeout(timer);
      resolve(JSON.parse(message.text().slice(EXIT_PROBE_PREFIX.length)) as ExitProbe);
    };
    page.on("console", listen);
  });
}

async function openSide(
  browser: Browser,
  name: Side["name"],
  url: string,
  button: string,
  ready: string,
): Promise<Side> {
  const context = await browser.newContext();
  await context.route(
    (url) => !isLocal(url) && !url.href.startsWith(NEUTRAL_EXIT_URL),
    (route) => route.abort(),
  );
  await context.addInitScript(exitProbeSource);
  return { name, url, button, ready, context, page: await context.newPage() };
}

async function exitOnce(side: Side, gate: ReturnType<typeof neutralGate>, trigger: Trigger) {
  await side.page.goto(side.url, { waitUntil: "load" });
  await side.page.waitForFunction(side.ready);
  // Start from a quiet page: hydration and module start-up are over on both.
  await side.page.evaluate("new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 1000 }))");
  gate.hold();
  const reported = nextProbeReport(side.page);
  const acting =
    trigger === "click"
      ? side.page.click(side.button)
      : (async () => {
          for (let press = 0; press < 3; press += 1) await side.page.keyboard.press("Shift");
        })();
  // The click only returns once the navigation is done, which waits for the probe's report.
  const [probe] = await Promise.all([reported.finally(() => gate.release()), acting]);
  await side.page.waitForURL(NEUTRAL_EXIT_URL);
  const { trigger: at, dispatched, hidden, navigation, domHidden } = probe;
  if (at === null || dispatched === null || hidden === null || navigation === null || domHidden === null) {
    throw new Error(`${side.name} ${trigger}: the probe missed a moment (${JSON.stringify(probe)}).`);
  }
  const moments: Record<Moment, number> = {
    hidden: hidden - at,
    navigation: navigation - at,
    domHidden: domHidden - at,
    inputDelay: dispatched - at,
    handler: navigation - dispatched,
  };
  return { moments, hiddenFirst: probe.hiddenAtNavigation === true };
}

const round = (value: number) => Math.round(value * 100) / 100;
function summarise(side: Side["name"], trigger: Trigger, list: Awaited<ReturnType<typeof exitOnce>>[]): ExitSummary {
  const spread = (moment: Moment): Spread => {
    const values = list.map((sample) => sample.moments[moment]);
    return { median: round(median(values)), p25: round(quantile(values, 0.25)), p75: round(quantile(values, 0.75)) };
  };
  return {
    side,
    trigger,
    runs: list.length,
    hiddenFirstEveryRun: list.every((sample) => sample.hiddenFirst),
    ...(Object.fromEntries(MOMENTS.map((moment) => [moment, spread(moment)])) as Record<Moment, Spread>),
  };
}

export async function measureQuickExit(
  appUrl: string,
  pagePath: string,
  runs = 30,
  warmups = 3,
): Promise<QuickExitResult> {
  const ourHtml = (await new NoJsBrowser(appUrl).get(pagePath)).html;
  const govuk = await startGovukExitPage(mainContentOf(ourHtml), NEUTRAL_EXIT_URL);
  const browser = await launchChromium();
  try {
    const sides = [
      // Ours is an inline script in <head>: ready as soon as the page is; GOV.UK's marks the body when it starts.
      await openSide(browser, "ours", new URL(pagePath, appUrl).href, "header a[data-quick-exit]", "true"),
      await openSide(
        browser,
        "GOV.UK",
        govuk.url,
        ".govuk-exit-this-page__button",
        "document.body.dataset.govukFrontendExitThisPageKeypress === 'true'",
      ),
    ];
    const gates = new Map(sides.map((side) => [side, neutralGate(side.context)]));
    const samples = new Map<string, Awaited<ReturnType<typeof exitOnce>>[]>();
    for (let run = -warmups; run < runs; run += 1) {
      for (const trigger of ["click", "shift×3"] as const) {
        for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
          const sample = await exitOnce(side, gates.get(side)!, trigger);
          if (run >= 0)
            samples.set(`${side.name}|${trigger}`, [...(samples.get(`${side.name}|${trigger}`) ?? []), sample]);
        }
      }
    }
    const summaries = [...samples].map(([key, list]) =>
      summarise(...(key.split("|") as [Side["name"], Trigger]), list),
    );
    const [govukPage] = await measurePageWeight(
      govuk.url,
      [{ name: "GOV.UK comparison page", path: "/", signedIn: false }],
      "",
    );
    return { runs, page: pagePath, govukPage: govukPage!, summaries };
  } finally {
    await browser.close();
    await govuk.stop();
  }
}
