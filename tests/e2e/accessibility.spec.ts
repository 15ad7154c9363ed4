import AxeBuilder from "@axe-core/playwright";
import { appPaths, MISSING_PATH } from "./support/app-page";
import { expect, test } from "./support/fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [320, 1280];

for (const width of WIDTHS) {
  for (const path of [...appPaths, MISSING_PATH]) {
    test(`${path} at ${width} px has no WCAG violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();

      const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(passes.length, "rules that ran and passed").toBeGreaterThan(0);
      const found = violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
      expect(found).toEqual([]);
    });
  }
}
