import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { NEUTRAL_EXIT_URL } from "./tests/e2e/support/neutral-site";
import { chromiumFlags, findChromium } from "./tests/support/chromium-launch";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

const outputDirectory = path.join(import.meta.dirname, "tests/.output");
const resultsDirectory = path.join(outputDirectory, "e2e-artifacts");
// Playwright empties its results folder before it starts the server, so every run gets a fresh database.
const databaseFile = path.join(resultsDirectory, "database", "e2e.db");

export default defineConfig({
  testDir: ".",
  testMatch: ["tests/e2e/**/*.spec.ts", "components/**/*.spec.ts"],
  outputDir: resultsDirectory,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["json", { outputFile: path.join(outputDirectory, "e2e-results.json") }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: findChromium(),
          args: chromiumFlags,
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    // The first start builds the app.
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:${databaseFile}`,
      QUICK_EXIT_URL: NEUTRAL_EXIT_URL,
      SITE_NAME: "Harbour",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      // Short, so the test that trips the sign-in limit waits only briefly for it to pass.
      SIGN_IN_DELAY_SECONDS: "2",
      // Each test's browsers come from a network of their own (tests/e2e/support/fixtures.ts).
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
