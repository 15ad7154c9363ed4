import "server-only";
import { headers } from "next/headers";
import { serverConfig } from "@/lib/config/server-config";

/** The site's address as the survivor reached it: the start of a brief's link and where the code is typed. */
export async function siteOrigin(): Promise<string> {
  const host = (await headers()).get("host") ?? "localhost";
  return `${serverConfig().secureCookies ? "https" : "http"}://${host}`;
}
