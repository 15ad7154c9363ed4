import "server-only";
import { createHmac, hkdfSync, randomUUID } from "node:crypto";
import { open, seal, type Binding } from "../crypto/envelope";
import type { DatabaseClient } from "../db/create-database-client";
import { recordKinds, type RecordKind, type RecordValue } from "../record-kinds/record-kinds";

/** Whose records these are, with the key that opens them (from their session). */
export type RecordOwner = { userId: string; dataKey: Buffer };

export type StoredRecord<K extends RecordKind> = {
  id: string;
  version: number;
  value: RecordValue<K>;
  updatedAt: Date;
};

/** Another save landed first: nothing was written, and the caller decides what to keep. */
export class StaleSaveError extends Error {}

/** Another save changed the record first; `current` is what is stored now, so nothing is lost. */
export class RecordConflictError<K extends RecordKind> extends StaleSaveError {
  constructor(readonly current: StoredRecord<K>) {
    super("The record was changed by another save.");
    this.name = "RecordConflictError";
  }
}

/** A first save lost the race to another first save of the same single record. */
export class RecordExistsError extends StaleSaveError {
  constructor() {
    super("The record was created by another save.");
    this.name = "RecordExistsError";
  }
}

/** HMAC-SHA-256 of `kind` under a key derived from the owner's data key for one `purpose`. */
function ownerHash(owner: RecordOwner, purpose: string, kind: RecordKind): string {
  const key = Buffer.from(hkdfSync("sha256", owner.dataKey, Buffer.alloc(0), purpose, 32));
  return createHmac("sha256", key).update(kind).digest("hex");
}

/** The kind, hashed under the owner's key: the database cannot tell a plan from a change plan. */
function kindTag(owner: RecordOwner, kind: RecordKind): string {
  return ownerHash(owner, "safe-harbour record kind tag v1", kind).slice(0, 32);
}

const binding = (owner: RecordOwner, kind: RecordKind, id: string): Binding => ({
  userId: owner.userId,
  recordId: id,
  purpose: `record:${kind}`,
});

function decode<K extends RecordKind>(
  owner: RecordOwner,
  kind: K,
  row: { id: string; version: number; envelope: string; updatedAt: Date },
): StoredRecord<K> {
  const json = JSON.parse(open(owner.dataKey, row.envelope, binding(owner, kind, row.id)).toString("utf8")) as unknown;
  return {
    id: row.id,
    version: row.version,
    updatedAt: row.updatedAt,
    value: recordKinds[kind].parse(json) as RecordValue<K>,
  };
}

/**
 * The id of a kind a person has only one of (their plan). Fixed per person, so two first saves
 * racing each other collide on the primary key instead of making two plans. Shaped as a version 4
 * UUID because record ids arriving from forms and addresses are checked as UUIDs.
 */
export function singleRecordId(owner: RecordOwner, kind: RecordKind): string {
  const hex = ownerHash(owner, "safe-harbour single record id v1", kind);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Creates a record (no target, or a target at version 0) or replaces one, only if it is still at
 * `expectedVersion`. Returns the id and the new version.
 */
export async function putRecord<K extends RecordKind>(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: K,
  value: RecordValue<K>,
  target?: { id: string; expectedVersion: number },
  /** When the write happens, as `listRecordPage` orders by it; the database's clock if absent. */
  at?: Date,
): Promise<{ id: string; version: number }> {
  return (await writeRecord(db, owner, kind, value, target, at, "throw"))!;
}

/** `putRecord` for a replacement that may simply not happen: undefined, and nothing read, when it is stale. */
export function replaceRecordIfAt<K extends RecordKind>(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: K,
  value: RecordValue<K>,
  target: { id: string; expectedVersion: number },
  at: Date,
): Promise<{ id: string; version: number } | undefined> {
  return writeRecord(db, owner, kind, value, target, at, "leave");
}

async function writeRecord<K extends RecordKind>(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: K,
  value: RecordValue<K>,
  target: { id: string; expectedVersion: number } | undefined,
  at: Date | undefined,
  stale: "throw" | "leave",
): Promise<{ id: string; version: number } | undefined> {
  const checked = recordKinds[kind].parse(value);
  const id = target?.id ?? randomUUID();
  const envelope = seal(owner.dataKey, Buffer.from(JSON.stringify(checked)), binding(owner, kind, id));
  const tag = kindTag(owner, kind);
  if (!target || target.expectedVersion === 0) {
    const stamps = at ? { createdAt: at, updatedAt: at } : {};
    try {
      await db.record.create({ data: { id, userId: owner.userId, kindTag: tag, version: 1, envelope, ...stamps } });
    } catch (error) {
      // Reading what won is left to the caller: inside a PostgreSQL transaction nothing more can run.
      if (target && (error as { code?: string }).code === "P2002") throw new RecordExistsError();
      throw error;
    }
    return { id, version: 1 };
  }
  const { count } = await db.record.updateMany({
    where: { id, userId: owner.userId, kindTag: tag, version: target.expectedVersion },
    data: { envelope, version: target.expectedVersion + 1, updatedAt: at ?? new Date() },
  });
  if (count === 1) return { id, version: target.expectedVersion + 1 };
  if (stale === "leave") return undefined;
  const current = await getRecord(db, owner, kind, id);
  if (!current) throw new Error("There is no such record.");
  throw new RecordConflictError(current);
}

export async function getRecord<K extends RecordKind>(db: DatabaseClient, owner: RecordOwner, kind: K, id: string) {
  const row = await db.record.findFirst({ where: { id, userId: owner.userId, kindTag: kindTag(owner, kind) } });
  return row ? decode(owner, kind, row) : undefined;
}

export async function listRecords<K extends RecordKind>(db: DatabaseClient, owner: RecordOwner, kind: K) {
  const rows = await db.record.findMany({
    where: { userId: owner.userId, kindTag: kindTag(owner, kind) },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => decode(owner, kind, row));
}

/**
 * One page of a kind's records, the last written first, opening only those: a long history costs
 * no more to show a page of than a short one. Ties in time fall back to the id, so pages never overlap.
 */
export async function listRecordPage<K extends RecordKind>(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: K,
  page: { skip: number; take: number },
) {
  const rows = await db.record.findMany({
    where: { userId: owner.userId, kindTag: kindTag(owner, kind) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.take,
  });
  return rows.map((row) => decode(owner, kind, row));
}

/** How many records of a kind the person has, without opening any. */
export function countRecords(db: DatabaseClient, owner: RecordOwner, kind: RecordKind): Promise<number> {
  return db.record.count({ where: { userId: owner.userId, kindTag: kindTag(owner, kind) } });
}

export async function deleteRecord(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: RecordKind,
  id: string,
): Promise<boolean> {
  const { count } = await db.record.deleteMany({ where: { id, userId: owner.userId, kindTag: kindTag(owner, kind) } });
  return count === 1;
}

/** When each record of a kind written before `before` was last written, without opening any. */
export function listRecordTimes(db: DatabaseClient, owner: RecordOwner, kind: RecordKind, before: Date) {
  return db.record.findMany({
    where: { userId: owner.userId, kindTag: kindTag(owner, kind), updatedAt: { lt: before } },
    select: { id: true, updatedAt: true },
  });
}

export async function deleteRecords(db: DatabaseClient, owner: RecordOwner, kind: RecordKind, ids: string[]) {
  if (ids.length === 0) return 0;
  const where = { id: { in: ids }, userId: owner.userId, kindTag: kindTag(owner, kind) };
  return (await db.record.deleteMany({ where })).count;
}
