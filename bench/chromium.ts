import fs from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { chromiumFlags, findChromium } from "../tests/support/chromium-launch";

/** Debian's Chromium, or CHROMIUM_PATH; the bench cannot run without it. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found || !fs.existsSync(found))
    throw new Error(
      `Chromium was not found at ${found ?? "/usr/bin/chromium"}: apt-get install chromium, or set CHROMIUM_PATH.`,
    );
  return found;
}

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
