// `npm run migrate`: apply pending migrations without starting the server.
import { loadConfig } from "../lib/config/load-config";
import { runMigrations } from "../lib/db/run-migrations";

await runMigrations(loadConfig().database);
console.log("The database is up to date.");
