import { EXIT_ROUTE, SIGN_OUT_ROUTE } from "../site/site-routes";
import { isValidActionId, isWellFormedFormAction, isWellFormedReply } from "./server-action-encoding";

/** Next's limit for a server action's body (serverActions.bodySizeLimit, 1 MB by default). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

// Route handlers never read a form body; a broken one must not stop quick exit or signing out.
const ROUTE_HANDLERS: ReadonlySet<string> = new Set([EXIT_ROUTE, SIGN_OUT_ROUTE]);

/**
 * The 4xx status for a request Next itself would fail on with a 500 before any of our code runs,
 * or undefined. Next decodes an address's %-escapes, parses a form post to find a server action,
 * enforces the action body limit and decodes React's encoding of the action's arguments; each
 * throws on broken input. Only posts that Next treats as server actions have their body read.
 */
export async function malformedRequestStatus(request: Request, pathname: string): Promise<number | undefined> {
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
  let body: FormData | string;
  try {
    // Read to the end even when too large: answering before the upload ends resets the connection,
    // and the person would see a network error instead of the answer.
    const bytes = await request.clone().arrayBuffer();
    if (bytes.byteLength > ACTION_BODY_LIMIT) return 413;
    body = isForm ? await new Response(bytes, { headers: { "content-type": type } }).formData() : new TextDecoder().decode(bytes);
  } catch {
    return 400;
  }
  if (actionHeader !== null) return isWellFormedReply(body) ? undefined : 400;
  return typeof body !== "string" && isWellFormedFormAction(body) ? undefined : 400;
}
