import { headers } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guarded-action";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { openBriefByLink } from "@/lib/brief-store/brief-store";
import { isLinkId } from "@/lib/helper-briefs/brief-link";
import { cappedBody } from "@/lib/security/capped-body";

/** `{"linkId":"<22 characters>"}` and nothing more; anything longer is not read. */
const MAX_BODY_BYTES = 256;

const openRequest = z.object({ linkId: z.string().refine(isLinkId) });

const openByLink = guardedAction({
  // The helper has no account: the link id finds the ciphertext, and only the key in the link opens it.
  session: "none",
  input: openRequest,
  owns: () => true,
  run: async (_session, { linkId }) => openBriefByLink(linkId, clientKeyFrom(await headers())),
});

const answer = (status: number, body: object) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** The ciphertext of the note a link names, for the helper's browser to open; the same 404 for every failure. */
export async function POST(request: NextRequest) {
  const text = await cappedBody(request, MAX_BODY_BYTES);
  if (text === undefined) return answer(413, {});
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return answer(404, {});
  }
  const outcome = await openByLink(raw);
  if (!outcome.ok) return answer(outcome.reason === "unavailable" ? 503 : 404, {});
  return outcome.value.ok ? answer(200, { sealed: outcome.value.sealed }) : answer(404, {});
}
