import type { DatabaseClient } from "@/lib/db/create-database-client";
import { describeIndex, type SchemaShape, type TableShape } from "./schema-shape";
import type { Dialect } from "./test-databases";

// dbmate's own bookkeeping, not part of the app's schema.
const IGNORED_TABLE = "schema_migrations";

/** Reads the tables, columns and indexes a migrated database really has. */
export function introspectSchema(db: DatabaseClient, dialect: Dialect): Promise<SchemaShape> {
  return dialect === "sqlite" ? introspectSqlite(db) : introspectPostgres(db);
}

async function introspectSqlite(db: DatabaseClient): Promise<SchemaShape> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?",
    IGNORED_TABLE,
  );
  const schema: SchemaShape = {};
  for (const { name } of tables) {
    const columns = await db.$queryRawUnsafe<{ name: string; type: string; notnull: number; pk: number }[]>(
      'SELECT name, type, "notnull", pk FROM pragma_table_info(?)',
      name,
    );
    // origin 'pk' is the automatic index behind the primary key, compared as the key itself.
    const indexList = await db.$queryRawUnsafe<{ name: string; unique: number }[]>(
      "SELECT name, \"unique\" FROM pragma_index_list(?) WHERE origin <> 'pk'",
      name,
    );
    const indexes: string[] = [];
    for (const index of indexList) {
      const indexColumns = await db.$queryRawUnsafe<{ name: string | null }[]>(
        "SELECT name FROM pragma_index_info(?) ORDER BY seqno",
        index.name,
      );
      indexes.push(
        describeIndex(
          Number(index.unique) === 1,
          indexColumns.map((column) => column.name ?? "(expression)"),
        ),
      );
    }
    schema[name] = {
      columns: Object.fromEntries(
        columns.map((column) => [
          column.name,
          { type: column.type.toUpperCase(), nullable: Number(column.notnull) === 0 },
        ]),
      ),
      primaryKey: columns
        .filter((column) => Number(column.pk) > 0)
        .sort((a, b) => Number(a.pk) - Number(b.pk))
        .map((column) => column.name),
      indexes,
    };
  }
  return schema;
}

async function introspectPostgres(db: DatabaseClient): Promise<SchemaShape> {
  const columns = await db.$queryRawUnsafe<{ table: string; column: string; type: string; nullable: string }[]>(
    `SELECT c.table_name AS "table", c.column_name AS "column", c.is_nullable AS nullable,
            format_type(a.atttypid, a.atttypmod) AS type
       FROM information_schema.tables t
       JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
       JOIN pg_attribute a
         ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
        AND a.attname = c.column_name
      WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND t.table_name <> $1`,
    IGNORED_TABLE,
  );
  const indexes = await db.$queryRawUnsafe<{ table: string; primary: boolean; unique: boolean; columns: string[] }[]>(
    `SELECT t.relname::text AS "table", ix.indisprimary AS "primary", ix.indisunique AS "unique",
            array_agg(coalesce(a.attname::text, '(expression)') ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = current_schema() AND t.relname <> $1
      GROUP BY ix.indexrelid, t.relname, ix.indisprimary, ix.indisunique`,
    IGNORED_TABLE,
  );
  const schema: SchemaShape = {};
  const tableNamed = (name: string): TableShape => (schema[name] ??= { columns: {}, primaryKey: [], indexes: [] });
  for (const column of columns) {
    tableNamed(column.table).columns[column.column] = { type: column.type, nullable: column.nullable === "YES" };
  }
  for (const index of indexes) {
    if (index.primary) tableNamed(index.table).primaryKey = index.columns;
    else tableNamed(index.table).indexes.push(describeIndex(index.unique, index.columns));
  }
  return schema;
}
