import path from "node:path";

export type DatabaseTarget = { dialect: "sqlite"; filePath: string } | { dialect: "postgres"; url: string };

/** Reads DATABASE_URL: `file:` is the embedded SQLite file, `postgres://` is PostgreSQL. */
export function databaseTarget(databaseUrl: string, cwd = process.cwd()): DatabaseTarget {
  if (databaseUrl.startsWith("file:")) {
    const filePart = databaseUrl.slice("file:".length).split("?")[0] ?? "";
    return { dialect: "sqlite", filePath: path.resolve(cwd, filePart) };
  }
  return { dialect: "postgres", url: databaseUrl };
}

/** The address dbmate expects for the same database. */
export function migrationRunnerUrl(target: DatabaseTarget): string {
  return target.dialect === "sqlite" ? `sqlite:${target.filePath}` : target.url;
}
