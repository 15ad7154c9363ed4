import "server-only";
import { serverConfig } from "../config/server-config";
import { createDatabaseClient, type DatabaseClient } from "./create-database-client";

// One client per server process; kept on globalThis so development reloads do not open more.
const holder = globalThis as typeof globalThis & { __safeHarbourDatabase?: DatabaseClient };

export function database(): DatabaseClient {
  holder.__safeHarbourDatabase ??= createDatabaseClient(serverConfig().database);
  return holder.__safeHarbourDatabase;
}
