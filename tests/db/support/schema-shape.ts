/** What the drift test compares: enough of a schema to notice a migration that disagrees with Prisma. */
export type TableShape = {
  columns: Record<string, { type: string; nullable: boolean }>;
  primaryKey: string[];
  /** One entry per index other than the primary key, e.g. `unique (email)` or `index (a, b)`. */
  indexes: string[];
};
export type SchemaShape = Record<string, TableShape>;

export function describeIndex(unique: boolean, columns: string[]): string {
  return `${unique ? "unique" : "index"} (${columns.join(", ")})`;
}

/** Every difference as one readable line; an empty list means the database matches schema.prisma. */
export function schemaDrift(expected: SchemaShape, actual: SchemaShape): string[] {
  const drift: string[] = [];
  for (const table of union(Object.keys(expected), Object.keys(actual))) {
    const want = expected[table];
    const have = actual[table];
    if (!want || !have) {
      drift.push(
        `table "${table}": ${want ? "missing from the database" : "in the database but not in schema.prisma"}`,
      );
      continue;
    }
    drift.push(...tableDrift(table, want, have));
  }
  return drift;
}

function tableDrift(table: string, want: TableShape, have: TableShape): string[] {
  const drift: string[] = [];
  for (const name of union(Object.keys(want.columns), Object.keys(have.columns))) {
    const wantColumn = want.columns[name];
    const haveColumn = have.columns[name];
    const label = `column "${table}"."${name}"`;
    if (!wantColumn || !haveColumn) {
      drift.push(`${label}: ${wantColumn ? "missing from the database" : "in the database but not in schema.prisma"}`);
      continue;
    }
    if (wantColumn.type !== haveColumn.type) {
      drift.push(`${label}: type ${wantColumn.type} in schema.prisma, ${haveColumn.type} in the database`);
    }
    if (wantColumn.nullable !== haveColumn.nullable) {
      const nullability = (nullable: boolean) => (nullable ? "NULL" : "NOT NULL");
      drift.push(
        `${label}: ${nullability(wantColumn.nullable)} in schema.prisma, ${nullability(haveColumn.nullable)} in the database`,
      );
    }
  }
  if (want.primaryKey.join() !== have.primaryKey.join()) {
    const key = (columns: string[]) => (columns.length ? `(${columns.join(", ")})` : "none");
    drift.push(
      `primary key of "${table}": ${key(want.primaryKey)} in schema.prisma, ${key(have.primaryKey)} in the database`,
    );
  }
  for (const index of without(want.indexes, have.indexes))
    drift.push(`${index} on "${table}": missing from the database`);
  for (const index of without(have.indexes, want.indexes)) {
    drift.push(`${index} on "${table}": in the database but not in schema.prisma`);
  }
  return drift;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** Multiset difference, so a duplicated index is noticed too. */
function without(items: string[], remove: string[]): string[] {
  const left = [...remove];
  return items.filter((item) => {
    const at = left.indexOf(item);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}
