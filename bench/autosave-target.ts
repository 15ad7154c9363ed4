// A plan autosave as the page sends it with JavaScript on: the section form's fields, encoded as
// React encodes a server action's arguments, with the Next-Action header; the answer is the
// action's result (React's payload), not a whole page.
import { formsOf } from "../tests/support/no-js-client";
import type { BenchAccount } from "./bench-accounts";
import type { LoadTarget, Tally } from "./load-targets";

const HEADERS = { origin: "null", "sec-fetch-site": "same-origin", accept: "text/x-component" };

async function encodedCall(fields: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of fields) data.append(`_1_${name}`, value);
  // (previous state, the form): the state starts empty, as on a freshly drawn page.
  data.append("0", '[{},"$K1"]');
  const encoded = new Response(data);
  return { body: await encoded.text(), contentType: encoded.headers.get("content-type") ?? "multipart/form-data" };
}

export async function planAutosaveTarget(accounts: BenchAccount[], section = "emergency"): Promise<LoadTarget> {
  const path = `/planner/section/${section}`;
  const page = await accounts[0]!.browser.get(path);
  const form = formsOf(page.html).find((candidate) =>
    candidate.hidden.some(([name, value]) => name === "section" && value === section),
  );
  const bound = form?.hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
  if (!form || !bound) throw new Error(`No section form on ${path}`);
  const actionId = (JSON.parse(bound) as { id: string }).id;
  const plain = form.hidden.filter(
    ([name]) => !name.startsWith("$ACTION") && name !== "version" && name !== "autosave",
  );
  const call = await encodedCall([
    ...plain,
    ["version", "VERSION-HERE"],
    ["autosave", "1"],
    ["note", "Typing NUMBER-HERE"],
  ]);
  const versions = new Map<BenchAccount, number>(accounts.map((account) => [account, 0]));
  let saves = 0;
  return {
    name: `plan autosave (React call to ${path})`,
    prepare: async () => {
      for (const account of accounts) {
        const fresh = formsOf((await account.browser.get(path)).html).find((candidate) =>
          candidate.hidden.some(([name, value]) => name === "section" && value === section),
        );
        versions.set(account, Number(fresh?.hidden.find(([name]) => name === "version")?.[1] ?? 0));
      }
    },
    requestsFor: (client: number, tally: Tally) => {
      const account = accounts[client % accounts.length]!;
      const headers = { ...HEADERS, "next-action": actionId, "content-type": call.contentType, cookie: account.cookie };
      return [
        {
          method: "POST",
          path,
          headers,
          setupRequest: (request) => ({
            ...request,
            body: call.body
              .replace("VERSION-HERE", String(versions.get(account)))
              .replace("NUMBER-HERE", String((saves += 1))),
          }),
          onResponse: (status, body) => {
            const version = /"version":(\d+)/.exec(body)?.[1];
            if (version) versions.set(account, Number(version));
            if (status === 200 && body.includes('"conflict"')) tally.conflicts += 1;
            else if (status === 200 && body.includes('"savedAt"')) tally.ok += 1;
            else tally.unexpected[status] = (tally.unexpected[status] ?? 0) + 1;
          },
        },
      ];
    },
  };
}
