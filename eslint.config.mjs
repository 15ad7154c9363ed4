import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { layerBoundaries } from "./eslint-layer-boundaries.mjs";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "no-console": ["error", { allow: ["error", "warn", "log"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  ...layerBoundaries,
  {
    // Sent to the browser as source text; it keeps to syntax and APIs every phone understands.
    files: [
      "components/quick-exit/install-quick-exit.ts",
      "components/helper-brief/brief-blocks.ts",
      "components/helper-brief/note-script-parts.ts",
      "components/helper-brief/open-note.ts",
    ],
    rules: { "no-var": "off" },
  },
];

export default config;
