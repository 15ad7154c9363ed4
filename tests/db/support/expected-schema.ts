import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { describeIndex, type SchemaShape } from "./schema-shape";
import type { Dialect } from "./test-databases";

type DmmfField = {
  name: string;
  kind: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  dbName: string | null;
  nativeType: unknown;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: string; fields: { name: string }[] };
type Datamodel = { models: DmmfModel[]; indexes: DmmfIndex[] };

// The column types Prisma's own migrations would create for each scalar type.
const columnTypes: Record<Dialect, Record<string, string>> = {
  sqlite: {
    String: "TEXT",
    Int: "INTEGER",
    BigInt: "BIGINT",
    Float: "REAL",
    Boolean: "BOOLEAN",
    DateTime: "DATETIME",
    Bytes: "BLOB",
    Decimal: "DECIMAL",
  },
  postgres: {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Boolean: "boolean",
    DateTime: "timestamp(3) without time zone",
    Bytes: "bytea",
    Decimal: "numeric(65,30)",
  },
};

/** The tables that schema.prisma describes, as the given dialect should store them. */
export function expectedSchema(schemaText: string, dialect: Dialect): SchemaShape {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] })));
  const { models, indexes } = dmmf.datamodel as Datamodel;
  const schema: SchemaShape = {};
  for (const model of models) {
    const scalars = model.fields.filter((field) => field.kind !== "object");
    const columnName = new Map(scalars.map((field) => [field.name, field.dbName ?? field.name]));
    const columnsOf = (index: DmmfIndex) => index.fields.map((field) => columnName.get(field.name) ?? field.name);
    const modelIndexes = indexes.filter((index) => index.model === model.name);
    schema[model.dbName ?? model.name] = {
      columns: Object.fromEntries(
        scalars.map((field) => [
          columnName.get(field.name)!,
          { type: columnType(model, field, dialect), nullable: !field.isRequired },
        ]),
      ),
      primaryKey: modelIndexes.filter((index) => index.type === "id").flatMap(columnsOf),
      indexes: modelIndexes
        .filter((index) => index.type !== "id")
        .map((index) => describeIndex(indexKind(model, index) === "unique", columnsOf(index))),
    };
  }
  return schema;
}

function columnType(model: DmmfModel, field: DmmfField, dialect: Dialect): string {
  const type =
    field.kind === "scalar" && !field.isList && !field.nativeType ? columnTypes[dialect][field.type] : undefined;
  if (!type) {
    throw new Error(
      `The drift test cannot map ${model.name}.${field.name} (${field.type}) yet: extend expected-schema.ts.`,
    );
  }
  return type;
}

function indexKind(model: DmmfModel, index: DmmfIndex): "unique" | "normal" {
  if (index.type !== "unique" && index.type !== "normal") {
    throw new Error(
      `The drift test cannot compare a ${index.type} index on ${model.name} yet: extend expected-schema.ts.`,
    );
  }
  return index.type;
}
