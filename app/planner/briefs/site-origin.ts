import "server-only";
import { headers } from "next/headers";
import { serverConfig } from "@/lib/config/server-config";

/**
 * The start of a brief's link and where the code is typed: AUTH_URL when it is set (behind a proxy
 * the Host header may name an inside address), else the site as the survivor reached it.
 */
export async function siteOrigin(): Promise<string> {
  const configured = serverConfig().publicOrigin;
  if (configured) return configured;
  const host = (await headers()).get("host") ?? "localhost";
  return `${serverConfig().secureCookies ? "https" : "http"}://${host}`;
}
