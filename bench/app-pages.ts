import { NoJsBrowser } from "../tests/support/no-js-client";

export type MeasuredPage = { name: string; path: string; signedIn: boolean };

/** The first guidance page linked from a topic page, found from the home page as a reader would. */
export async function findGuidancePath(baseUrl: string): Promise<string> {
  const browser = new NoJsBrowser(baseUrl);
  const home = await browser.get("/");
  const direct = /href="(\/guide\/[^"#?]+)"/.exec(home.html)?.[1];
  if (direct) return direct;
  const topic = /href="(\/(?:topics|reading)[^"#?]*)"/.exec(home.html)?.[1];
  const listing = topic ? await browser.get(topic) : home;
  const found = /href="(\/guide\/[^"#?]+)"/.exec(listing.html)?.[1];
  if (!found) throw new Error("No guidance page is linked from the home page or its first topic.");
  return found;
}

/** The three pages every page-level measure uses: a first visit, a reading visit, a planning visit. */
export function measuredPages(guidancePath: string): MeasuredPage[] {
  return [
    { name: "home", path: "/", signedIn: false },
    { name: "guidance", path: guidancePath, signedIn: false },
    { name: "plan (signed in)", path: "/planner", signedIn: true },
  ];
}
