/**
 * Checks the parts of a server-action request that React and Next decode before our code runs.
 * Next answers a broken one with a 500 and an unhandled error in the log (a body that is not JSON
 * where JSON is expected, a reference to a part of the body that is not there, an action id of the
 * wrong length); none of these can come from our own pages, so the proxy refuses them with a 400.
 *
 * Two encodings reach an action:
 * - without JavaScript, the form itself: `$ACTION_ID_<id>`, or `$ACTION_REF_<n>` with the bound
 *   action in `$ACTION_<n>:0` ({"id","bound":"$@<k>"}) and its bound arguments in `$ACTION_<n>:<k>`;
 * - with JavaScript, React's reply: a `Next-Action: <id>` header and JSON chunks "0", "1"… with
 *   form fields under `_<k>_<name>`, or one JSON text.
 * Inside the JSON, strings starting with "$" are references. Only the ones this app's forms send
 * are allowed: `$$…` (an escaped "$"), `$undefined`, the number forms, `$K<k>` (form fields), and
 * `$@<k>` / `$<k>:<path>` pointing at a chunk (and path) that exists.
 */

const ACTION_ID = /^[0-9a-f]{42}$/i;
const LITERALS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

type Chunks = Map<string, unknown>;

export function isValidActionId(id: string): boolean {
  return ACTION_ID.test(id);
}

// Deeper than any state our forms keep; also where referencesAreKnown stops looking.
const MAX_DEPTH = 64;

/** Whether JSON text nests arrays and objects deeper than `max`, found in one pass without parsing it. */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  // Parsing a deeply nested text costs far more than scanning it; nothing of ours nests that deep.
  if (nestsDeeperThan(text, MAX_DEPTH)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Whether the reference `$<k>:<path>` or `$@<k>` lands on something that exists. */
function resolves(reference: string, chunks: Chunks): boolean {
  const [id = "", ...path] = reference.replace(/^\$@?/, "").split(":");
  if (!/^[0-9a-f]+$/i.test(id) || !chunks.has(String(parseInt(id, 16)))) return false;
  let value: unknown = chunks.get(String(parseInt(id, 16)));
  for (const step of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, step)) return false;
    value = (value as Record<string, unknown>)[step];
    if (typeof value === "string" && value.startsWith("$") && !value.startsWith("$$")) return false;
  }
  return true;
}

/** Every "$" string in `value` is one this app can mean. */
function referencesAreKnown(value: unknown, chunks: Chunks, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || value.startsWith("$$") || LITERALS.has(value)) return true;
    if (/^\$K[0-9a-f]+$/i.test(value)) return true;
    if (/^\$@?[0-9a-f]+(:[^:]+)*$/i.test(value)) return resolves(value, chunks);
    return false;
  }
  if (Array.isArray(value)) return value.every((item) => referencesAreKnown(item, chunks, depth + 1));
  if (value && typeof value === "object")
    return Object.values(value).every((item) => referencesAreKnown(item, chunks, depth + 1));
  return true;
}

/** JSON chunks by id, or undefined when one is not JSON. */
function chunksOf(entries: [string, string][]): Chunks | undefined {
  const chunks: Chunks = new Map();
  for (const [id, text] of entries) {
    const parsed = parse(text);
    if (!parsed.ok) return undefined;
    chunks.set(id, parsed.value);
  }
  return chunks;
}

/** A form post names one action; a form with a button of its own (formAction) names two. */
export const MAX_ACTION_REFS = 4;

/**
 * React's fields of a form posted without JavaScript, grouped in one pass: the plain action ids
 * (`$ACTION_ID_<id>`), the bound actions named (`$ACTION_REF_<n>`), and each bound action's parts
 * (`$ACTION_<n>:<k>`, by n, then k). Undefined when it names more bound actions than a form can.
 */
function actionFieldsOf(form: FormData) {
  const plainIds: string[] = [];
  const refs = new Set<string>();
  const parts = new Map<string, [string, string][]>();
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || !name.startsWith("$ACTION_")) continue;
    if (name.startsWith("$ACTION_ID_")) plainIds.push(name.slice("$ACTION_ID_".length));
    else if (name.startsWith("$ACTION_REF_")) {
      refs.add(name.slice("$ACTION_REF_".length));
      if (refs.size > MAX_ACTION_REFS) return undefined;
    } else {
      const colon = name.indexOf(":");
      if (colon < 0) continue;
      const n = name.slice("$ACTION_".length, colon);
      const group = parts.get(n) ?? [];
      group.push([name.slice(colon + 1), value]);
      parts.set(n, group);
    }
  }
  return { plainIds, refs, parts };
}

/**
 * A form posted without JavaScript: the action ids it names if React can decode its encoding,
 * or undefined when it cannot.
 */
export function formActionIds(form: FormData): string[] | undefined {
  const fields = actionFieldsOf(form);
  if (!fields || !fields.plainIds.every(isValidActionId)) return undefined;
  const ids = [...fields.plainIds];
  for (const n of fields.refs) {
    const chunks = chunksOf(fields.parts.get(n) ?? []);
    const action = chunks?.get("0") as { id?: unknown; bound?: unknown } | undefined;
    if (
      !chunks ||
      !action ||
      typeof action !== "object" ||
      typeof action.id !== "string" ||
      !isValidActionId(action.id)
    )
      return undefined;
    if (action.bound !== null && action.bound !== undefined) {
      if (typeof action.bound !== "string" || !/^\$@[0-9a-f]+$/i.test(action.bound) || !resolves(action.bound, chunks))
        return undefined;
      if (!Array.isArray(chunks.get(String(parseInt(action.bound.slice(2), 16))))) return undefined;
    }
    if (![...chunks.values()].every((chunk) => referencesAreKnown(chunk, chunks))) return undefined;
    ids.push(action.id);
  }
  return ids;
}

/** A form posted without JavaScript: is its action encoding one React can decode? */
export function isWellFormedFormAction(form: FormData): boolean {
  return formActionIds(form) !== undefined;
}

/** A call made by React with JavaScript on: is the reply (form or one JSON text) decodable, with an argument list at its root? */
export function isWellFormedReply(body: FormData | string): boolean {
  const entries: [string, string][] =
    typeof body === "string"
      ? [["0", body]]
      : [...body.entries()].filter(
          (entry): entry is [string, string] => typeof entry[1] === "string" && /^\d+$/.test(entry[0]),
        );
  const chunks = chunksOf(entries);
  if (!chunks || !Array.isArray(chunks.get("0"))) return false;
  return [...chunks.values()].every((chunk) => referencesAreKnown(chunk, chunks));
}
