import { EXIT_ROUTE, SIGN_OUT_ROUTE } from "../site/site-routes";
import { formFieldCount, MAX_FORM_FIELDS } from "./form-field-count";
import { knownActionIds } from "./known-action-ids";
import { isCrossOriginPost } from "./request-origin";
import { formActionIds, isValidActionId, isWellFormedReply } from "./server-action-encoding";

/** Next's limit for a server action's body (serverActions.bodySizeLimit, 1 MB by default). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

// Route handlers never read a form body; a broken one must not stop quick exit or signing out.
const ROUTE_HANDLERS: ReadonlySet<string> = new Set([EXIT_ROUTE, SIGN_OUT_ROUTE]);

export type RefusalOptions = {
  /** This build's server action ids; null lets Next decide about ids (the default reads Next's manifest). */
  knownActionIds?: ReadonlySet<string> | null;
};

/**
 * The 4xx status for a request Next itself would fail on (with a 500, or with a stack trace in the
 * log) before any of our code runs, or undefined. Next decodes an address's %-escapes, checks a
 * server action's origin, parses a form post to find its action, looks the action up, enforces
 * the body limit and decodes React's encoding of the arguments. Only posts that Next treats as
 * server actions have their body read, and every cap is checked before the body is parsed, so
 * no post holds up the server for longer than it takes to read it.
 */
export async function malformedRequestStatus(
  request: Request,
  pathname: string,
  options: RefusalOptions = {},
): Promise<number | undefined> {
  try {
    decodeURIComponent(pathname);
  } catch {
    return 400;
  }
  if (request.method !== "POST" || ROUTE_HANDLERS.has(pathname)) return undefined;
  const type = request.headers.get("content-type") ?? "";
  const actionHeader = request.headers.get("next-action");
  const isForm = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
  if (!isForm && actionHeader === null) return undefined;
  if (actionHeader !== null && !isValidActionId(actionHeader)) return 400;
  let bytes: ArrayBuffer;
  try {
    // Read to the end even when too large or refused: answering before the upload ends resets the
    // connection, and the person would see a network error instead of the answer.
    bytes = await request.clone().arrayBuffer();
  } catch {
    return 400;
  }
  if (bytes.byteLength > ACTION_BODY_LIMIT) return 413;
  if (isCrossOriginPost(request)) return 403;
  if (isForm && (formFieldCount(new Uint8Array(bytes), type) ?? 0) > MAX_FORM_FIELDS) return 413;
  let body: FormData | string;
  try {
    body = isForm
      ? await new Response(bytes, { headers: { "content-type": type } }).formData()
      : new TextDecoder().decode(bytes);
  } catch {
    return 400;
  }
  const ids =
    actionHeader !== null
      ? isWellFormedReply(body)
        ? [actionHeader]
        : undefined
      : typeof body === "string"
        ? undefined
        : formActionIds(body);
  if (!ids) return 400;
  const known = options.knownActionIds === undefined ? knownActionIds() : options.knownActionIds;
  return known && ids.some((id) => !known.has(id)) ? 409 : undefined;
}
