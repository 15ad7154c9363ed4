import { describe, expect, it } from "vitest";
import { clientAddressOf, groupAddress } from "@/lib/security/client-address";

describe("the client's address, for rate limits", () => {
  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddressOf("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    expect(clientAddressOf("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(clientAddressOf("203.0.113.7", ["198.51.100.1", "198.51.100.2, 10.0.0.1"], 0)).toBe("203.0.113.7");
  });

  it("behind one trusted proxy, is the entry that proxy appended, not the ones the client wrote before it", () => {
    // The proxy at 10.0.0.2 appends the address it was reached from to whatever the client sent.
    expect(clientAddressOf("10.0.0.2", "203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", "198.51.100.99, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", ["198.51.100.99", "203.0.113.7"], 1)).toBe("203.0.113.7");
  });

  it("behind two trusted proxies, counts back two entries", () => {
    expect(clientAddressOf("10.0.0.3", "198.51.100.99, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("falls back to the first address it has when a request skipped the proxies", () => {
    expect(clientAddressOf("203.0.113.7", undefined, 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", " , ,", 1)).toBe("10.0.0.2");
  });

  it("counts an IPv6 client as its /64 network, and an IPv4 address mapped into IPv6 as itself", () => {
    expect(groupAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(groupAddress("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(groupAddress("2001:0db8:0001:0002:ffff::9")).toBe("2001:db8:1:2::/64");
    expect(groupAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(groupAddress("[2001:db8:1:2::5]:443")).toBe("2001:db8:1:2::/64");
    expect(groupAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(groupAddress("203.0.113.7:5555")).toBe("203.0.113.7");
    expect(groupAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("keeps a value that is no address short, so a proxy's odd entry cannot grow the key", () => {
    expect(groupAddress("x".repeat(5000))).toHaveLength(100);
  });
});
