import { describe, expect, it } from "vitest";
import { databaseTarget, migrationRunnerUrl } from "@/lib/db/database-url";

describe("choosing the database from DATABASE_URL", () => {
  it("reads file: as an SQLite file relative to the project", () => {
    const target = databaseTarget("file:./data/app.db", "/srv/app");
    expect(target).toEqual({ dialect: "sqlite", filePath: "/srv/app/data/app.db" });
    expect(migrationRunnerUrl(target)).toBe("sqlite:/srv/app/data/app.db");
  });

  it.each(["postgres://app@db/app", "postgresql://app@db/app?sslmode=require"])("reads %s as PostgreSQL", (url) => {
    const target = databaseTarget(url);
    expect(target).toEqual({ dialect: "postgres", url });
    expect(migrationRunnerUrl(target)).toBe(url);
  });
});
