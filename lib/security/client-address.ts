import net from "node:net";

/**
 * The header our own server (scripts/serve-app.ts) writes on every request, after throwing away
 * whatever a client sent under that name. The app reads the client's address from it and from
 * nothing else.
 */
export const CLIENT_ADDRESS_HEADER = "x-harbour-client-address";

const holder = globalThis as typeof globalThis & { __safeHarbourSetsClientAddress?: boolean };

/** Called once by our server: from now on the header above is ours, not the client's. */
export function markClientAddressHeaderAsOurs(): void {
  holder.__safeHarbourSetsClientAddress = true;
}

/**
 * Whether this process is served by our server. Under plain `next start` or `next dev` anyone
 * could send the header, so it is not believed and every client counts as one.
 */
export function clientAddressHeaderIsOurs(): boolean {
  return holder.__safeHarbourSetsClientAddress === true;
}

/**
 * The client's address: the socket's peer, unless `trustedHops` proxies stand in front of the app.
 * Each proxy appends the address it was reached from to X-Forwarded-For, so only the last
 * `trustedHops` entries were written by a proxy; anything to their left came from the client.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...(trustedHops > 0 ? forwarded : []), socketAddress ?? "unknown"];
  return groupAddress(chain[Math.max(0, chain.length - 1 - trustedHops)] as string);
}

/**
 * One client, as rate limits count them. An IPv6 client is its /64 network, since anyone given one
 * address there is usually given the whole network; an IPv4 address mapped into IPv6 is the IPv4 one.
 */
export function groupAddress(raw: string): string {
  const address = withoutPort(raw).replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (net.isIPv6(address)) return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
  return address.slice(0, 100);
}

function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1] as string;
  const ipv4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(address);
  return ipv4 ? (ipv4[1] as string) : address;
}

/** The eight 16-bit groups of a valid IPv6 address, written without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const part = (text: string) =>
    text ? text.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group])) : [];
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}
