// Which folder may import which (CONTRIBUTING.md, "Layers"), enforced so the layers hold by construction.
const under = (folder) => [`@/lib/${folder}`, `@/lib/${folder}/*`, `**/lib/${folder}`, `**/lib/${folder}/*`];
const sibling = (folder) => [`../${folder}`, `../${folder}/*`];
const storage = [...under("db"), ...under("crypto"), ...under("records")];

const restricted = (group, message) => ["error", { patterns: [{ group, message }] }];

export const layerBoundaries = [
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restricted(
        storage,
        "Routes reach storage through the wrappers and stores (lib/auth, lib/plan-store), never directly.",
      ),
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["**/*.spec.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": restricted(
        [...storage, "@/app/*", "**/app/*"],
        "Components take what they need as props and types from lib/forms: no storage, and nothing from app/.",
      ),
    },
  },
  {
    files: ["lib/plan/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": restricted(
        [
          ...storage,
          ...sibling("db"),
          ...sibling("crypto"),
          ...sibling("records"),
          "node:fs",
          "node:fs/*",
          "fs",
          "fs/*",
        ],
        "lib/plan is pure: circumstances, entries and strategies in, a plan out. No I/O, crypto or records.",
      ),
    },
  },
  {
    files: ["lib/helper-briefs/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": restricted(
        [...storage, ...sibling("db"), ...sibling("crypto"), ...sibling("records"), "node:*", "server-only"],
        "lib/helper-briefs is pure and runs in the helper's browser too: no storage, Node modules or server code.",
      ),
    },
  },
  {
    files: ["lib/records/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": restricted(
        [...under("plan"), ...sibling("plan")],
        "Records store any kind of entry; they know nothing of plans.",
      ),
    },
  },
  {
    files: ["lib/crypto/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": restricted([...under("db"), ...sibling("db")], "Crypto knows nothing of the database."),
    },
  },
];
