import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { malformedRequestStatus as statusOf } from "@/lib/security/refuse-malformed-request";
import { isWellFormedFormAction, isWellFormedReply } from "@/lib/security/server-action-encoding";

const id = "603b3dc2a0eeff70ab08081d8404376eb85bb7762b";

function form(entries: [string, string][]): FormData {
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, value);
  return body;
}

const boundForm = (state: string) =>
  form([
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })],
    ["$ACTION_1:1", state],
    ["note", "hello"],
  ]);

describe("server action encodings the proxy lets through", () => {
  it("accepts what our own forms send, with and without JavaScript", () => {
    expect(
      isWellFormedFormAction(
        form([
          [`$ACTION_ID_${id}`, ""],
          ["query", "help"],
        ]),
      ),
    ).toBe(true);
    expect(isWellFormedFormAction(boundForm('[{"version":1,"entries":{"notes":{}},"blankId":"$undefined"}]'))).toBe(
      true,
    );
    // React refers back into the same state for repeated values.
    expect(
      isWellFormedFormAction(
        boundForm('[{"conflict":{"mine":{"entries":{"a":1}}},"entries":"$1:0:conflict:mine:entries"}]'),
      ),
    ).toBe(true);
    expect(
      isWellFormedReply(
        form([
          ["_1_note", "x"],
          ["0", '[{"version":1},"$K1"]'],
        ]),
      ),
    ).toBe(true);
    expect(isWellFormedReply('[{"query":"$$literal dollar"}]')).toBe(true);
  });

  it("refuses state that React could not decode", () => {
    expect(isWellFormedFormAction(boundForm("[{"))).toBe(false);
    expect(isWellFormedFormAction(boundForm("null"))).toBe(false);
    expect(isWellFormedFormAction(boundForm('["$Q9"]'))).toBe(false);
    expect(isWellFormedFormAction(boundForm('[{"entries":"$1:0:missing"}]'))).toBe(false);
    expect(isWellFormedFormAction(form([["$ACTION_ID_zzz", ""]]))).toBe(false);
    expect(
      isWellFormedFormAction(
        form([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", '{"id":"short","bound":null}'],
        ]),
      ),
    ).toBe(false);
    expect(isWellFormedReply('{"not":"a list"}')).toBe(false);
    expect(isWellFormedReply(form([["_1_note", "x"]]))).toBe(false);
    expect(isWellFormedReply('["$@5"]')).toBe(false);
  });
});

describe("requests refused before Next sees them", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://app.test/planner", { method: "POST", body, headers });
  const malformedRequestStatus = (request: Request, pathname: string) =>
    statusOf(request, pathname, { knownActionIds: new Set([id]) });

  it("answers 400 for an address with broken escapes and 413 for a body over the action limit", async () => {
    expect(await malformedRequestStatus(new Request("http://app.test/links/%FF"), "/links/%FF")).toBe(400);
    expect(
      await malformedRequestStatus(
        post(
          form([
            [`$ACTION_ID_${id}`, ""],
            ["big", "x".repeat(1_100_000)],
          ]),
        ),
        "/planner",
      ),
    ).toBe(413);
  });

  it("answers 400 for a form post it cannot parse, and lets good ones and quick exit through", async () => {
    expect(
      await malformedRequestStatus(
        post("--zz\r\nbroken", { "content-type": "multipart/form-data; boundary=zz" }),
        "/planner",
      ),
    ).toBe(400);
    expect(await malformedRequestStatus(post("x", { "next-action": "not-an-id" }), "/planner")).toBe(400);
    expect(
      await malformedRequestStatus(
        post(
          form([
            [`$ACTION_ID_${id}`, ""],
            ["reviewBy", ""],
          ]),
        ),
        "/planner",
      ),
    ).toBeUndefined();
    expect(
      await malformedRequestStatus(
        new Request("http://app.test/exit", {
          method: "POST",
          body: "--zz",
          headers: { "content-type": "multipart/form-data; boundary=zz" },
        }),
        "/exit",
      ),
    ).toBeUndefined();
  });
});

describe("telling an unreachable database from a broken query", () => {
  it("recognises Prisma, driver adapter and socket errors, nested or not", () => {
    expect(isDatabaseUnavailable({ code: "P1001" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable({ meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(
      true,
    );
    expect(isDatabaseUnavailable({ cause: { err: { kind: "postgres", code: "57P01" } } })).toBe(true);
    expect(isDatabaseUnavailable({ kind: "postgres", code: "23505" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });
});

describe("action posts Next would answer with a 500 or a stack trace in the log", () => {
  const send = (
    headers: Record<string, string>,
    body: BodyInit = form([
      [`$ACTION_ID_${id}`, ""],
      ["query", "help"],
    ]),
  ) =>
    statusOf(
      new Request("http://app.test/search", { method: "POST", body, headers: { host: "app.test", ...headers } }),
      "/search",
      { knownActionIds: new Set([id]) },
    );

  it("answers 403 for a post another site made the browser send", async () => {
    expect(await send({ origin: "https://evil.test", "sec-fetch-site": "cross-site" })).toBe(403);
    expect(await send({ origin: "null", "sec-fetch-site": "cross-site" })).toBe(403);
    expect(await send({ origin: "null" })).toBe(403);
    expect(await send({ origin: "https://evil.test", "x-forwarded-host": "app.test" })).toBe(403);
    expect(await send({ origin: "not a url" })).toBe(403);
  });

  it("lets our own forms through, with JavaScript and without (Origin: null from our own pages)", async () => {
    expect(await send({ origin: "null", "sec-fetch-site": "same-origin" })).toBeUndefined();
    expect(await send({ origin: "http://app.test" })).toBeUndefined();
    expect(
      await send({ origin: "https://plan.example.org", "x-forwarded-host": "plan.example.org, proxy.internal" }),
    ).toBeUndefined();
    expect(await send({ "next-action": id }, '["$K1"]')).toBeUndefined();
  });

  it("answers 409 for an action this build does not have, however it is named", async () => {
    const unknown = "a".repeat(42);
    expect(await send({ origin: "null", "sec-fetch-site": "same-origin" }, form([[`$ACTION_ID_${unknown}`, ""]]))).toBe(
      409,
    );
    expect(
      await send(
        { origin: "null", "sec-fetch-site": "same-origin" },
        form([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", JSON.stringify({ id: unknown, bound: null })],
        ]),
      ),
    ).toBe(409);
    expect(await send({ "next-action": unknown }, '["$K1"]')).toBe(409);
  });

  it("leaves action ids to Next when the build's list of actions cannot be read", async () => {
    const unknownPost = new Request("http://app.test/search", {
      method: "POST",
      body: "[]",
      headers: { "next-action": "b".repeat(42) },
    });
    expect(await statusOf(unknownPost, "/search", { knownActionIds: null })).toBeUndefined();
  });
});
