// Generates one Prisma client per database dialect from prisma/schema.prisma.
// A generated client is tied to one provider, and the schemas differ only in that line.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { offlinePrismaEnvironment } from "./offline-prisma-environment";

const root = path.resolve(import.meta.dirname, "..");
const source = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const outputRoot = path.join(root, "lib/db/generated");
const dialects = { sqlite: "sqlite", postgres: "postgresql" } as const;

fs.mkdirSync(outputRoot, { recursive: true });
for (const [dialect, provider] of Object.entries(dialects)) {
  const schema = source
    .replace(/provider\s*=\s*"sqlite"/, `provider = "${provider}"`)
    .replace(/output\s*=\s*"[^"]*"/, `output   = "./${dialect}"`);
  const schemaFile = path.join(outputRoot, `schema.${dialect}.prisma`);
  fs.writeFileSync(schemaFile, schema);
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["generate", "--schema", schemaFile, "--no-hints"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: offlinePrismaEnvironment(root),
  });
  console.log(`Generated the ${dialect} database client.`);
}
