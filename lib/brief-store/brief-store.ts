import "server-only";
import { database } from "../db/database";
import type { RecordOwner } from "../records/record-store";
import * as briefs from "./briefs";
import * as opening from "./open-brief";

export { BRIEF_LABEL_MAX, TooManyBriefsError, type BriefSummary, type MadeBrief, type NewBrief } from "./briefs";
export { MAX_BRIEFS } from "./brief-limits";

/*
 * What routes ask of helper briefs, each call finding its own database: routes hand over the
 * session's owner or the client's keyed address and the parsed input, never a database client.
 */

export const createBrief = (owner: RecordOwner, input: briefs.NewBrief, now = new Date()) =>
  briefs.createBrief(database(), owner, input, now);

export const listBriefs = (owner: RecordOwner, now = new Date()) => briefs.listBriefs(database(), owner, now);

export const revokeBrief = (owner: RecordOwner, id: string) => briefs.revokeBrief(database(), owner, id);

export const revokeAllBriefs = (owner: RecordOwner) => briefs.revokeAllBriefs(database(), owner);

export const deleteExpiredBriefs = (now = new Date()) => briefs.deleteExpiredBriefs(database(), now);

export const openBriefByLink = (linkId: string, client: string, now = new Date()) =>
  opening.openBriefByLink(database(), linkId, client, now);

export const openBriefByCode = (typed: string, client: string, now = new Date()) =>
  opening.openBriefByCode(database(), typed, client, now);
