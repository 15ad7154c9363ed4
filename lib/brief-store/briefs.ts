import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import {
  briefCodeLookup,
  briefLinkLookup,
  CODE_SALT_BYTES,
  sealBriefContent,
  wrapKeyUnderCode,
} from "../crypto/brief-keys";
import { open, seal, type Binding } from "../crypto/envelope";
import type { DatabaseClient } from "../db/create-database-client";
import { overwriteDeletedRows } from "../db/overwrite-deleted-rows";
import { isUniqueViolation } from "../db/unique-violation";
import {
  BRIEF_DAYS,
  briefContentSchema,
  helperRoles,
  type BriefContent,
  type HelperRole,
} from "../helper-briefs/brief-content";
import { newBriefCode, newBriefLink, normalizeBriefCode, type BriefLink } from "../helper-briefs/brief-link";
import { briefPartIds, type BriefPartId } from "../helper-briefs/brief-parts";
import type { RecordOwner } from "../records/record-store";
import { MAX_BRIEFS } from "./brief-limits";

export const BRIEF_LABEL_MAX = 80;
const DAY_MS = 24 * 60 * 60 * 1000;
// The code's lookup has 20 bits: a new brief may land on one in use, and then draws again.
const CODE_DRAWS = 8;

export type NewBrief = { label: string; parts: string[]; roles: HelperRole[]; content: BriefContent; days: number };
export type MadeBrief = { id: string; link: BriefLink; code: string; expiresAt: Date };
export type BriefSummary = {
  id: string;
  label: string;
  parts: BriefPartId[];
  roles: HelperRole[];
  createdAt: Date;
  expiresAt: Date;
  lastOpenedAt: Date | null;
};

/** She already holds MAX_BRIEFS briefs: one must be revoked or end before another is made. */
export class TooManyBriefsError extends Error {
  constructor() {
    super("Too many briefs at once.");
    this.name = "TooManyBriefsError";
  }
}

const summarySchema = z.object({
  label: z.string().max(BRIEF_LABEL_MAX),
  parts: z.array(z.enum(briefPartIds)).max(briefPartIds.length),
  roles: z.array(z.enum(helperRoles)).max(helperRoles.length),
});

const newBriefSchema = summarySchema.extend({
  label: z.string().trim().min(1).max(BRIEF_LABEL_MAX),
  content: briefContentSchema,
  days: z.number().int().min(1).max(BRIEF_DAYS.max),
});

const summaryBinding = (userId: string, id: string): Binding => ({ userId, recordId: id, purpose: "brief" });

/**
 * Makes a brief: a copy of what she chose, sealed under a key that exists only in the link (and,
 * wrapped under Argon2id of the short code, in the row). The link and code are returned once.
 */
export async function createBrief(
  db: DatabaseClient,
  owner: RecordOwner,
  input: NewBrief,
  now = new Date(),
): Promise<MadeBrief> {
  const brief = newBriefSchema.parse(input);
  await deleteExpiredBriefs(db, now);
  if ((await db.helperBrief.count({ where: { userId: owner.userId } })) >= MAX_BRIEFS) throw new TooManyBriefsError();
  const id = randomUUID();
  const { keyBytes, ...link } = newBriefLink();
  const expiresAt = new Date(now.getTime() + brief.days * DAY_MS);
  const summary = seal(
    owner.dataKey,
    Buffer.from(JSON.stringify({ label: brief.label, parts: brief.parts, roles: brief.roles })),
    summaryBinding(owner.userId, id),
  );
  const content = sealBriefContent(keyBytes, brief.content);
  for (let draw = 1; ; draw += 1) {
    const code = newBriefCode();
    const { lookup, secret } = normalizeBriefCode(code)!;
    const codeSalt = randomBytes(CODE_SALT_BYTES);
    const keyUnderCode = await wrapKeyUnderCode(keyBytes, secret, codeSalt, { userId: owner.userId, briefId: id });
    try {
      await db.helperBrief.create({
        data: {
          id,
          userId: owner.userId,
          linkLookup: briefLinkLookup(link.linkId),
          codeLookup: briefCodeLookup(lookup),
          codeSalt: new Uint8Array(codeSalt),
          keyUnderCode,
          content,
          summary,
          expiresAt,
          createdAt: now,
        },
      });
      return { id, link, code, expiresAt };
    } catch (error) {
      if (!isUniqueViolation(error) || draw >= CODE_DRAWS) throw error;
    }
  }
}

/** Her briefs, newest first, each as she described it; the ones that have ended are deleted first. */
export async function listBriefs(db: DatabaseClient, owner: RecordOwner, now = new Date()): Promise<BriefSummary[]> {
  await deleteExpiredBriefs(db, now);
  const rows = await db.helperBrief.findMany({
    where: { userId: owner.userId },
    select: { id: true, summary: true, createdAt: true, expiresAt: true, lastOpenedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map(({ summary, ...row }) => ({
    ...row,
    ...summarySchema.parse(JSON.parse(open(owner.dataKey, summary, summaryBinding(owner.userId, row.id)).toString())),
  }));
}

/** Deletes one of her briefs. Another person's id is treated like one that does not exist. */
export async function revokeBrief(db: DatabaseClient, owner: RecordOwner, id: string): Promise<boolean> {
  const { count } = await db.helperBrief.deleteMany({ where: { id, userId: owner.userId } });
  if (count > 0) await overwriteDeletedRows(db);
  return count === 1;
}

/** Deletes every brief of hers, and only hers. */
export async function revokeAllBriefs(db: DatabaseClient, owner: RecordOwner): Promise<number> {
  const { count } = await db.helperBrief.deleteMany({ where: { userId: owner.userId } });
  if (count > 0) await overwriteDeletedRows(db);
  return count;
}

/** Deletes every brief whose time has come, whoever made it. */
export async function deleteExpiredBriefs(db: DatabaseClient, now = new Date()): Promise<number> {
  const { count } = await db.helperBrief.deleteMany({ where: { expiresAt: { lte: now } } });
  if (count > 0) await overwriteDeletedRows(db);
  return count;
}
