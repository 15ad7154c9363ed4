import fs from "node:fs";
import { chromium, type Browser } from "@playwright/test";

/** Debian's Chromium, or CHROMIUM_PATH; never a browser download. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(candidate)) throw new Error(`Chromium was not found at ${candidate}: apt-get install chromium, or set CHROMIUM_PATH.`);
  return candidate;
}

/** The flags that keep Chromium quiet and working on these machines (../shared/STACK.md). */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Resolves no host name but this machine's: nothing can leave it, without routing requests
 * through Playwright (which would turn the HTTP cache off). */
export const LOCAL_ONLY_FLAG = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost";

export function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags, ...extraFlags] });
}

/** Only this machine: anything else a page asks for is refused before it leaves. */
export function isLocal(url: URL): boolean {
  return url.hostname === "127.0.0.1" || url.hostname === "localhost";
}
