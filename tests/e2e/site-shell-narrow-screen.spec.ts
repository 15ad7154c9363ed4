import type { Page } from "@playwright/test";
import { appPaths, MISSING_PATH, quickExitButton } from "./support/app-page";
import { expect, test } from "./support/fixtures";

test.use({ viewport: { width: 320, height: 640 } });

type FocusStep = {
  label: string;
  onBody: boolean;
  inStickyBar: boolean;
  fixed: boolean;
  focused: { top: number; bottom: number };
  bar: { top: number; bottom: number };
  exitButton: { top: number; bottom: number };
  viewportHeight: number;
};

/** Where the focused element and the sticky quick-exit bar are on screen right now. */
function readFocusStep(page: Page): Promise<FocusStep> {
  return page.evaluate(() => {
    const exitButton = document.querySelector("header [data-quick-exit]") as HTMLElement;
    let bar: HTMLElement = exitButton;
    while (bar.parentElement && getComputedStyle(bar).position !== "sticky") bar = bar.parentElement;
    const active = (document.activeElement ?? document.body) as HTMLElement;
    const box = (element: Element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom };
    };
    return {
      label: `${active.tagName} ${active.textContent?.trim().slice(0, 40) ?? ""}`,
      onBody: active === document.body,
      inStickyBar: bar.contains(active),
      fixed: getComputedStyle(active).position === "fixed",
      focused: box(active),
      bar: box(bar),
      exitButton: box(exitButton),
      viewportHeight: window.innerHeight,
    };
  });
}

test("no page scrolls sideways at 320 px", async ({ page }) => {
  for (const path of [...appPaths, MISSING_PATH]) {
    await page.goto(path);
    const widths = await page.evaluate(() => ({
      content: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.content, path).toBeLessThanOrEqual(widths.viewport);
  }
});

for (const path of appPaths) {
  test(`${path}: the sticky quick exit never covers the focused element`, async ({ page }) => {
    await page.goto(path);
    const seen: string[] = [];
    for (let step = 0; step < 80; step += 1) {
      await page.keyboard.press("Tab");
      const state = await readFocusStep(page);
      if (state.onBody) break;
      seen.push(state.label);

      expect(state.exitButton.top, `quick exit in view at ${state.label}`).toBeGreaterThanOrEqual(0);
      expect(state.exitButton.bottom).toBeLessThanOrEqual(state.viewportHeight);
      expect(state.focused.top, `${state.label} scrolled into view`).toBeLessThan(state.viewportHeight);
      // The skip links sit on top of the bar on purpose, and the bar's own links are the bar.
      if (state.inStickyBar || state.fixed) continue;
      const clear = state.focused.top >= state.bar.bottom - 0.5 || state.focused.bottom <= state.bar.top + 0.5;
      expect(clear, `${state.label} is not under the sticky bar`).toBe(true);
    }
    expect(seen.length, "focusable elements reached").toBeGreaterThan(10);
  });
}

test("the quick exit button stays in view while the page scrolls", async ({ page }) => {
  await page.goto("/links");
  const button = quickExitButton(page);
  await expect(button).toBeInViewport({ ratio: 1 });
  const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(scrollable, "the page is long enough to scroll").toBeGreaterThan(640);

  await page.mouse.move(160, 320);
  let scrolled = 0;
  while (scrolled < scrollable) {
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    scrolled = await page.evaluate(() => window.scrollY);
    await expect(button).toBeInViewport({ ratio: 1 });
    if (scrolled >= scrollable - 1) break;
  }
});
