import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectedSchema } from "./support/expected-schema";
import { introspectSchema } from "./support/introspect-schema";
import { schemaDrift } from "./support/schema-shape";
import { dialects, useTestDatabase } from "./support/test-databases";

const schemaText = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");

describe.each(dialects)("schema drift on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("the migrated database matches prisma/schema.prisma", async () => {
    const actual = await introspectSchema(database().db, dialect);
    expect(schemaDrift(expectedSchema(schemaText, dialect), actual)).toEqual([]);
  });

  it("notices a column the migrations add but schema.prisma lacks", async () => {
    const { db } = database();
    await db.$executeRawUnsafe('ALTER TABLE "Session" ADD COLUMN "note" TEXT');

    const actual = await introspectSchema(db, dialect);
    expect(schemaDrift(expectedSchema(schemaText, dialect), actual)).toEqual([
      'column "Session"."note": in the database but not in schema.prisma',
    ]);
  });

  it("notices models, fields and indexes in schema.prisma that the migrations lack", async () => {
    const doctored = schemaText
      .replace(/model Session \{/, 'model Session {\n  deviceLabel String? @unique @map("device_label")')
      .concat('\nmodel Contact {\n  id Int @id\n  name String\n  @@index([name])\n  @@map("contacts")\n}\n');
    const actual = await introspectSchema(database().db, dialect);

    expect(schemaDrift(expectedSchema(doctored, dialect), actual)).toEqual([
      'column "Session"."device_label": missing from the database',
      'unique (device_label) on "Session": missing from the database',
      'table "contacts": missing from the database',
    ]);
  });
});
