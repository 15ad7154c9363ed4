import "server-only";
import { CLIENT_ADDRESS_HEADER, clientAddressHeaderIsOurs } from "../security/client-address";
import { keyedHash } from "./keyed-hash";

/**
 * A keyed hash of the client's address, for rate limits; the address itself is never stored.
 * The address is the one our server worked out from the connection and TRUSTED_PROXY_HOPS
 * (lib/security/client-address.ts); a client cannot choose it by sending a header.
 */
export function clientKeyFrom(headers: Headers): string {
  const address = clientAddressHeaderIsOurs() ? headers.get(CLIENT_ADDRESS_HEADER) : null;
  return keyedHash("client", address || "unknown");
}
