import "server-only";
import { keyedHash } from "./keyed-hash";

/**
 * A keyed hash of the client's address, for rate limits; the address itself is never stored.
 * Behind a proxy the first X-Forwarded-For entry is the client.
 */
export function clientKeyFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return keyedHash("client", forwarded || headers.get("x-real-ip") || "unknown");
}
