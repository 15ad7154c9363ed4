import { describe, expect, it } from "vitest";
import { cappedBody } from "@/lib/security/capped-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://x.invalid/note/open", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** A body that never ends, and how many chunks of it were asked for. */
function endless() {
  const counted = { chunks: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counted.chunks += 1;
      controller.enqueue(new Uint8Array(100));
    },
  });
  return { stream, counted };
}

describe("a capped body", () => {
  it("reads a body within the cap", async () => {
    expect(await cappedBody(post('{"linkId":"x"}'), 256)).toBe('{"linkId":"x"}');
  });

  it("refuses a body that says it is too long, without reading it", async () => {
    expect(await cappedBody(post("x".repeat(10), { "content-length": "100000" }), 256)).toBeUndefined();
  });

  it("stops reading a body with no length as soon as it passes the cap", async () => {
    const { stream, counted } = endless();
    expect(await cappedBody(post(stream), 256)).toBeUndefined();
    expect(counted.chunks).toBeLessThan(10);
  });
});
