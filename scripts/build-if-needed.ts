import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const BUILD_INPUTS = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "i18n",
  "messages",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const IGNORED = new Set(["generated", "node_modules", ".next"]);

/** A fingerprint of everything `next build` reads, so an unchanged checkout is not rebuilt. */
export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap((input) => listFiles(path.join(root, input)))) {
    hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .filter((child) => !IGNORED.has(child.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((child) => listFiles(path.join(entry, child.name)));
}

/** The build folder: `.next`, or NEXT_DIST_DIR (which next.config.ts reads too). */
export function distDir(root: string): string {
  return path.join(root, process.env.NEXT_DIST_DIR ?? ".next");
}

export function buildIfNeeded(root: string): void {
  const stamp = path.join(distDir(root), "source-fingerprint");
  const fingerprint = sourceFingerprint(root);
  const built = fs.existsSync(path.join(distDir(root), "BUILD_ID")) && fs.existsSync(stamp);
  if (built && fs.readFileSync(stamp, "utf8") === fingerprint) return;
  console.log("Building the app (first start or changed sources)…");
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/build-content.ts"], { cwd: root, stdio: "inherit" });
  execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit" });
  fs.writeFileSync(stamp, fingerprint);
}

/** Records that the current sources are built, for a build run by another command. */
export function markBuilt(root: string): void {
  fs.writeFileSync(path.join(distDir(root), "source-fingerprint"), sourceFingerprint(root));
}
