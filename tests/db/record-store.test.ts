import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DecryptionError } from "@/lib/crypto/envelope";
import type { RecordValue } from "@/lib/record-kinds/record-kinds";
import {
  deleteRecord,
  getRecord,
  listRecords,
  putRecord,
  RecordConflictError,
  type RecordOwner,
} from "@/lib/records/record-store";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

describe.each(dialects)("the record store on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("gives back what was saved, lists it by kind, and deletes it", async () => {
    const { db } = database();
    const { owner, username } = await signUp(db);

    const saved = await putRecord(db, owner, "profile", { username: "Ada" });
    const updated = await putRecord(db, owner, "profile", { username: "Ada L." }, { id: saved.id, expectedVersion: 1 });

    expect(updated).toEqual({ id: saved.id, version: 2 });
    expect(await getRecord(db, owner, "profile", saved.id)).toMatchObject({
      id: saved.id,
      version: 2,
      value: { username: "Ada L." },
    });
    expect((await listRecords(db, owner, "profile")).map((record) => record.value.username)).toEqual([
      username,
      "Ada L.",
    ]);
    expect(await deleteRecord(db, owner, "profile", saved.id)).toBe(true);
    expect(await getRecord(db, owner, "profile", saved.id)).toBeUndefined();
    expect(await deleteRecord(db, owner, "profile", saved.id)).toBe(false);
  });

  it("refuses a save made from a stale version, hands back the current value, and keeps it", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const saved = await putRecord(db, owner, "profile", { username: "first" });
    await putRecord(db, owner, "profile", { username: "from the phone" }, { id: saved.id, expectedVersion: 1 });

    const stale = putRecord(
      db,
      owner,
      "profile",
      { username: "from the laptop" },
      { id: saved.id, expectedVersion: 1 },
    );

    const error = await stale.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordConflictError);
    expect((error as RecordConflictError<"profile">).current).toMatchObject({
      version: 2,
      value: { username: "from the phone" },
    });
    expect(await getRecord(db, owner, "profile", saved.id)).toMatchObject({
      version: 2,
      value: { username: "from the phone" },
    });
  });

  it("keeps one person's record from another, even one who knows its id", async () => {
    const { db } = database();
    const first = await signUp(db, "Rowan");
    const second = await signUp(db, "Ash");
    const saved = await putRecord(db, first.owner, "profile", { username: "private" });
    // Another person's session, and a forged one with the first person's id but not their key.
    const intruders: RecordOwner[] = [second.owner, { userId: first.userId, dataKey: second.owner.dataKey }];

    for (const intruder of intruders) {
      expect(await getRecord(db, intruder, "profile", saved.id)).toBeUndefined();
      expect((await listRecords(db, intruder, "profile")).map((record) => record.id)).not.toContain(saved.id);
      await expect(
        putRecord(db, intruder, "profile", { username: "overwritten" }, { id: saved.id, expectedVersion: 1 }),
      ).rejects.toThrow("There is no such record.");
      expect(await deleteRecord(db, intruder, "profile", saved.id)).toBe(false);
    }
    expect(await getRecord(db, first.owner, "profile", saved.id)).toMatchObject({
      version: 1,
      value: { username: "private" },
    });
  });

  it("refuses values that do not fit the kind, and stores nothing for them", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const before = await db.record.count();
    const invalid: unknown[] = [
      { username: "" },
      { username: "x".repeat(65) },
      { username: "ok", address: "12 Elm St" },
      { name: "Ada" },
    ];

    for (const value of invalid) {
      // Values the types would refuse too, as a form post or a bug could still send them.
      await expect(putRecord(db, owner, "profile", value as RecordValue<"profile">)).rejects.toBeInstanceOf(ZodError);
    }
    expect(await db.record.count()).toBe(before);
  });

  it("refuses to open a record whose envelope was changed or moved in the database", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const first = await putRecord(db, owner, "profile", { username: "first" });
    const second = await putRecord(db, owner, "profile", { username: "second" });
    const envelopeOf = async (id: string) => (await db.record.findUniqueOrThrow({ where: { id } })).envelope;
    const sealed = JSON.parse(await envelopeOf(first.id)) as { ct: string };
    const flipped = `${sealed.ct.at(0) === "A" ? "B" : "A"}${sealed.ct.slice(1)}`;

    await db.record.update({ where: { id: first.id }, data: { envelope: JSON.stringify({ ...sealed, ct: flipped }) } });
    await expect(getRecord(db, owner, "profile", first.id)).rejects.toBeInstanceOf(DecryptionError);
    await expect(listRecords(db, owner, "profile")).rejects.toBeInstanceOf(DecryptionError);

    // A whole, valid envelope copied onto another row fails too: it is bound to its own row.
    await db.record.update({ where: { id: first.id }, data: { envelope: await envelopeOf(second.id) } });
    await expect(getRecord(db, owner, "profile", first.id)).rejects.toBeInstanceOf(DecryptionError);
  });

  it("tags the same kind differently for different people", async () => {
    const { db } = database();
    const first = await signUp(db, "Rowan");
    const second = await signUp(db, "Ash");
    const tagsOf = async (userId: string) =>
      new Set((await db.record.findMany({ where: { userId } })).map((row) => row.kindTag));

    const [firstTags, secondTags] = [await tagsOf(first.userId), await tagsOf(second.userId)];

    expect(firstTags.size).toBe(1);
    expect(secondTags.size).toBe(1);
    expect([...firstTags][0]).not.toBe([...secondTags][0]);
    expect([...firstTags][0]).not.toContain("profile");
  });
});
