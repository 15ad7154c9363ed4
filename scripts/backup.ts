// `npm run backup [-- <folder>]`: a consistent copy of the database, safe to take while the app runs.
import { loadConfig } from "../lib/config/load-config";
import { backupDatabase } from "../lib/db/backup";
import { exitWithOneLine } from "./exit-with-one-line";

const folder = process.argv[2] ?? "backups";

try {
  const { file, authSecretFile } = await backupDatabase(loadConfig().database, folder);
  console.log(`Backup written to ${file}`);
  if (authSecretFile) console.log(`The auth secret it needs is in ${authSecretFile}`);
  else console.log("Restoring it needs the same AUTH_SECRET the app uses now.");
  console.log("Keep backups as safe as the database itself: they hold everyone's encrypted plans.");
} catch (error) {
  exitWithOneLine("Backup failed", error);
}
