import "server-only";
import { keyedHash } from "../auth/keyed-hash";
import { giveBackTry, takeTries } from "../auth/rate-limit";
import {
  briefCodeLookup,
  briefLinkLookup,
  openBriefContent,
  spendCodeDerivation,
  unwrapKeyUnderCode,
} from "../crypto/brief-keys";
import type { DatabaseClient } from "../db/create-database-client";
import type { BriefContent } from "../helper-briefs/brief-content";
import { isLinkId, normalizeBriefCode } from "../helper-briefs/brief-link";
import { BRIEF_CODES_PER_CLIENT, BRIEF_CODES_PER_LOOKUP, BRIEF_LINKS_PER_CLIENT } from "./brief-limits";
import { deleteExpiredBriefs } from "./briefs";

/** Every failure, whatever its cause: wrong, revoked, ended, guessed, too many tries. */
export type NotOpened = { ok: false };
const NOT_OPENED: NotOpened = { ok: false };

/**
 * The ciphertext for the helper's browser to open with the key in its link's fragment. `client`
 * is the client's keyed address (lib/auth/client-key.ts). Marks the time it was opened.
 */
export async function openBriefByLink(
  db: DatabaseClient,
  linkId: string,
  client: string,
  now = new Date(),
): Promise<{ ok: true; sealed: string } | NotOpened> {
  if (!(await takeTries(db, [[BRIEF_LINKS_PER_CLIENT, client]])).ok) return NOT_OPENED;
  await deleteExpiredBriefs(db, now);
  if (!isLinkId(linkId)) return NOT_OPENED;
  const opened = await markOpened(db, { linkLookup: briefLinkLookup(linkId) }, now);
  return opened ? { ok: true, sealed: opened.content } : NOT_OPENED;
}

/**
 * The brief for a short code typed on the no-JavaScript path, opened on the server. The try is
 * counted before any work, and exactly one Argon2id run is spent whatever the code finds, so an
 * unknown, wrong, revoked or ended code costs the same and answers the same.
 */
export async function openBriefByCode(
  db: DatabaseClient,
  typed: string,
  client: string,
  now = new Date(),
): Promise<{ ok: true; content: BriefContent } | NotOpened> {
  const code = normalizeBriefCode(typed);
  const counters: Parameters<typeof takeTries>[1] = [[BRIEF_CODES_PER_CLIENT, client]];
  if (code) counters.push([BRIEF_CODES_PER_LOOKUP, keyedHash("brief-code", code.lookup)]);
  if (!(await takeTries(db, counters)).ok) return NOT_OPENED;
  await deleteExpiredBriefs(db, now);
  const row = code ? await db.helperBrief.findUnique({ where: { codeLookup: briefCodeLookup(code.lookup) } }) : null;
  if (!code || !row) {
    await spendCodeDerivation(code?.secret ?? typed.slice(0, 64));
    return NOT_OPENED;
  }
  const key = await unwrapKeyUnderCode(row.keyUnderCode, code.secret, row.codeSalt, {
    userId: row.userId,
    briefId: row.id,
  });
  const content = key && openBriefContent(key, row.content);
  if (!content || !(await markOpened(db, { id: row.id }, now))) return NOT_OPENED;
  // Someone who had the code spent no guess: people sharing an address, or opening it again, keep their tries.
  for (const [limit, key] of counters) await giveBackTry(db, limit, key);
  return { ok: true, content };
}

/** Sets the time it was opened, if it is still there and has not ended; the row as it was. */
async function markOpened(db: DatabaseClient, where: { linkLookup: string } | { id: string }, now: Date) {
  const row = await db.helperBrief.findUnique({ where, select: { id: true, content: true } });
  if (!row) return undefined;
  const { count } = await db.helperBrief.updateMany({
    where: { id: row.id, expiresAt: { gt: now } },
    data: { lastOpenedAt: now },
  });
  return count === 1 ? row : undefined;
}
