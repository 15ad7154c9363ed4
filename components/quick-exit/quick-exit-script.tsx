import { EXIT_ROUTE, siteRoutes } from "@/lib/site/site-routes";
import { installQuickExit, type QuickExitOptions } from "./install-quick-exit";
import { QUICK_EXIT_LIVE_REGION_ID } from "./quick-exit-messages";

/**
 * Inline, so the quick exit works the moment the page starts to load, before any bundle arrives
 * on a slow connection. The nonce is what lets it run under the Content-Security-Policy.
 */
export function QuickExitScript({
  nonce,
  exitUrl,
  messages,
}: {
  nonce: string;
  exitUrl: string;
  messages: QuickExitOptions["messages"];
}) {
  const options: QuickExitOptions = {
    exitUrl,
    beaconUrl: EXIT_ROUTE,
    liveRegionId: QUICK_EXIT_LIVE_REGION_ID,
    homeUrl: siteRoutes.home.href,
    messages,
  };
  const source = `(${installQuickExit.toString()})(${scriptSafeJson(options)});`;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: source }} />;
}

/** JSON that cannot close the script element it sits in. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
