// Turning fuzzed values into HTTP requests that reach a server action the two ways a browser can:
// posting the page's form (JavaScript off; the action and its state ride in hidden $ACTION_ fields)
// and calling it the way React does with JavaScript on (a Next-Action header and an encoded reply).
import fc from "fast-check";
import { formsOf, type Page } from "../../support/no-js-client";
import { fieldNames, formBodies } from "./forms";
import { brokenJson, fieldValue, previousState, rawBytes, type Field } from "./fuzz-values";

export type FuzzRequest = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: FormData | URLSearchParams | string | Uint8Array<ArrayBuffer>;
  /** A short description for failure reports. */
  label: string;
};

/** A server action's form as the page draws it. */
export type ActionForm = {
  path: string;
  fields: string[];
  /** Hidden fields that are not React's own, with the values the page gave them. */
  hiddenValues: Record<string, string>;
  /** React's own hidden fields ($ACTION_ID_…, or $ACTION_REF_1, $ACTION_1:0, $ACTION_1:1, $ACTION_KEY). */
  actionFields: [string, string][];
  actionId: string;
  /** Whether the form keeps state between posts (useActionState): its action takes (previous, form). */
  stateful: boolean;
};

/** Form number `index` of a page, as an action form. */
export function actionFormOf(page: Page, index: number): ActionForm {
  const spec = formsOf(page.html)[index];
  const body = formBodies(page.html)[index];
  if (!spec || body === undefined) throw new Error(`No form ${index} on ${page.url}`);
  const actionFields = spec.hidden.filter(([name]) => name.startsWith("$ACTION"));
  const plainId = actionFields.find(([name]) => name.startsWith("$ACTION_ID_"))?.[0].slice("$ACTION_ID_".length);
  const bound = actionFields.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
  const actionId = plainId ?? (bound ? (JSON.parse(bound) as { id: string }).id : undefined);
  if (!actionId) throw new Error(`Form ${index} on ${page.url} is not a server action`);
  const hiddenValues = Object.fromEntries(spec.hidden.filter(([name]) => !name.startsWith("$ACTION")));
  return {
    path: new URL(page.url).pathname,
    fields: fieldNames(body),
    hiddenValues,
    actionFields,
    actionId,
    stateful: !plainId,
  };
}

const browserHeaders = { origin: "null", "sec-fetch-site": "same-origin" };
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });

function describeFields(fields: Field[]): string {
  const shown = fields.map(
    ([name, value]) =>
      `${name}=${typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value) : "<file>"}`,
  );
  return shown.join(" ").slice(0, 400);
}

function multipart(fields: Field[], prefix = ""): FormData {
  const body = new FormData();
  for (const [name, value] of fields) {
    if (typeof value === "string") body.append(prefix + name, value);
    else body.append(prefix + name, value, "plan.json");
  }
  return body;
}

function urlencoded(fields: Field[]): URLSearchParams {
  return new URLSearchParams(
    fields.map(([name, value]): [string, string] => [name, typeof value === "string" ? value : "file"]),
  );
}

/** React's hidden fields, mostly as the page gave them, sometimes lost or broken. */
function actionFieldsArbitrary(form: ActionForm): fc.Arbitrary<{ fields: Field[]; how: string }> {
  const real = form.actionFields;
  const replace = (pattern: RegExp, value: string) =>
    real.map(([name, old]): Field => [name, pattern.test(name) ? value : old]);
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant({ fields: real as Field[], how: "real action" }) },
    { weight: 1, arbitrary: fc.constant({ fields: [] as Field[], how: "no action fields" }) },
    {
      weight: 1,
      arbitrary: hex(42).map((id) => ({ fields: [[`$ACTION_ID_${id}`, ""]] as Field[], how: "unknown action id" })),
    },
    {
      weight: 1,
      arbitrary: fieldValue.map((id) => ({
        fields: [[`$ACTION_ID_${id}`, ""]] as Field[],
        how: "malformed action id",
      })),
    },
    {
      weight: 1,
      arbitrary: brokenJson.map((json) => ({
        fields: form.stateful
          ? replace(/^\$ACTION_\d+:0$/, json)
          : ([
              ["$ACTION_REF_1", ""],
              ["$ACTION_1:0", json],
            ] as Field[]),
        how: `bound action ${json.slice(0, 60)}`,
      })),
    },
    {
      weight: 3,
      arbitrary: brokenJson.map((json) => ({
        fields: [...replace(/^\$ACTION_\d+:[1-9]$/, json), ...(form.stateful ? [] : [["$ACTION_1:1", json] as Field])],
        how: `state ${json.slice(0, 60)}`,
      })),
    },
    {
      weight: 3,
      arbitrary: previousState.map((state) => ({
        fields: replace(/^\$ACTION_\d+:[1-9]$/, JSON.stringify([state])),
        how: `state ${JSON.stringify(state).slice(0, 80)}`,
      })),
    },
    { weight: 1, arbitrary: fieldValue.map((key) => ({ fields: replace(/^\$ACTION_KEY$/, key), how: "action key" })) },
  );
}

/** The arguments React sends with JavaScript on: (previous state, form) or (form); sometimes the wrong ones. */
function argumentsArbitrary(form: ActionForm): fc.Arbitrary<string> {
  const usual = form.stateful ? previousState.map((state) => JSON.stringify([state, "$K1"])) : fc.constant('["$K1"]');
  return fc.oneof(
    { weight: 8, arbitrary: usual },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "[]",
        '["$K1"]',
        '["$K1","$K1","$K1"]',
        "[null,null]",
        '[1,"$K1"]',
        '["text"]',
        "[{},{}]",
        '[[],"$K1"]',
      ),
    },
    { weight: 1, arbitrary: previousState.map((state) => JSON.stringify([state])) },
    { weight: 2, arbitrary: brokenJson },
  );
}

/** A body that is not what its content type says, or not parseable at all. */
const malformedBody = (
  fields: Field[],
): fc.Arbitrary<{ body: string | Uint8Array<ArrayBuffer>; contentType?: string; how: string }> => {
  const realText = new TextEncoder().encode(
    fields.map(([name, value]) => `${name}=${typeof value === "string" ? value : ""}`).join("&"),
  );
  return fc.oneof(
    rawBytes.map((body) => ({ body, contentType: "multipart/form-data; boundary=zz", how: "bytes as multipart" })),
    fc.constant({
      body: `--zz\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n--zz\r\nContent-Disposition: form-da`,
      contentType: "multipart/form-data; boundary=zz",
      how: "truncated multipart",
    }),
    fc.constant({
      body: "--zz\r\nno headers here\r\n--zz--\r\n",
      contentType: "multipart/form-data; boundary=zz",
      how: "multipart without headers",
    }),
    fc.constant({ body: "--zz\r\n", contentType: "multipart/form-data", how: "multipart without boundary" }),
    fc.constant({ body: "x", contentType: "multipart/form-data; boundary=", how: "empty boundary" }),
    fc.constant({
      body: realText,
      contentType: "multipart/form-data; boundary=zz",
      how: "urlencoded sent as multipart",
    }),
    fc.constant({
      body: "%zz=%&&=x&%E0%A4%A=1&$ACTION_ID_abc=",
      contentType: "application/x-www-form-urlencoded",
      how: "broken escapes",
    }),
    fieldValue.map((text) => ({ body: text, contentType: "text/plain;charset=UTF-8", how: "text" })),
    brokenJson.map((json) => ({ body: json, contentType: "application/json", how: "json" })),
    rawBytes.map((body) => ({ body, how: "bytes, no type" })),
  );
};

/**
 * Requests to one server action: form posts, React calls, malformed bodies, and a few
 * bodies of one to three megabytes. `fields` makes the form values.
 */
export function actionRequests(form: ActionForm, fields: fc.Arbitrary<Field[]>): fc.Arbitrary<FuzzRequest> {
  const post = (label: string, body: FuzzRequest["body"], headers: Record<string, string> = {}): FuzzRequest => ({
    method: "POST",
    path: form.path,
    headers: { ...browserHeaders, ...headers },
    body,
    label,
  });
  const formPost = fc
    .record({
      values: fields,
      action: actionFieldsArbitrary(form),
      encoding: fc.constantFrom("multipart", "multipart", "multipart", "urlencoded"),
    })
    .map(({ values, action, encoding }) => {
      const all = [...action.fields, ...values];
      return post(
        `form post (${encoding}, ${action.how}): ${describeFields(values)}`,
        encoding === "multipart" ? multipart(all) : urlencoded(all),
      );
    });
  const reactCall = fc
    .record({
      values: fields,
      args: argumentsArbitrary(form),
      id: fc.oneof(
        { weight: 8, arbitrary: fc.constant(form.actionId) },
        { weight: 1, arbitrary: hex(42) },
        {
          weight: 1,
          arbitrary: fieldValue.map(
            (value) => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, "?")).slice(0, 2000) || "x",
          ),
        },
      ),
    })
    .map(({ values, args, id }) => {
      const body = multipart(values, "_1_");
      body.append("0", args);
      return post(
        `React call (${id === form.actionId ? "real id" : `id ${id.slice(0, 50)}`}, args ${args.slice(0, 80)}): ${describeFields(values)}`,
        body,
        { "next-action": id, accept: "text/x-component" },
      );
    });
  const malformed = fields.chain((values) =>
    fc.tuple(malformedBody([...form.actionFields, ...values]), fc.boolean()).map(([shape, asReactCall]) =>
      post(`malformed (${shape.how}${asReactCall ? ", as a React call" : ""})`, shape.body, {
        ...(shape.contentType ? { "content-type": shape.contentType } : {}),
        ...(asReactCall ? { "next-action": form.actionId } : {}),
      }),
    ),
  );
  const oversized = fc
    .record({ values: fields, megabytes: fc.double({ min: 1.05, max: 3, noNaN: true }), asReactCall: fc.boolean() })
    .map(({ values, megabytes, asReactCall }) => {
      const big: Field = [form.fields[0] ?? "note", "A".repeat(Math.round(megabytes * 1024 * 1024))];
      if (!asReactCall)
        return post(
          `oversized form post (${megabytes.toFixed(2)} MB)`,
          multipart([...form.actionFields, ...values, big]),
        );
      const body = multipart([...values, big], "_1_");
      body.append("0", form.stateful ? '[{},"$K1"]' : '["$K1"]');
      return post(`oversized React call (${megabytes.toFixed(2)} MB)`, body, { "next-action": form.actionId });
    });
  // About one in fifty is oversized: each is megabytes for the server to read.
  return fc.oneof(
    { weight: 25, arbitrary: formPost },
    { weight: 20, arbitrary: reactCall },
    { weight: 5, arbitrary: malformed },
    { weight: 1, arbitrary: oversized },
  );
}

/** Special values for the hidden fields: usually what the page said, sometimes anything. */
export function hiddenFieldValues(form: ActionForm): Record<string, fc.Arbitrary<string>> {
  return Object.fromEntries(
    Object.entries(form.hiddenValues).map(([name, value]) => [
      name,
      fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fieldValue }),
    ]),
  );
}
