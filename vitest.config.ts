import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// `server-only` throws outside Next's server bundles; in tests it is just a marker.
// Tests never touch the embedded data folder: the secret is fixed and sign-in waits are short.
const env = { AUTH_SECRET: "vitest-only-secret-0123456789abcdefghij", SIGN_IN_DELAY_SECONDS: "2" };

const alias = {
  "@": root,
  "server-only": path.join(root, "tests/support/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          env,
          include: ["tests/unit/**/*.test.ts", "components/**/*.test.ts", "lib/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          env,
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/db/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          // Runs the built app (`next start`): build first, into NEXT_DIST_DIR if set (tests/support/app-server.ts).
          name: "reliability",
          env,
          include: ["tests/reliability/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
