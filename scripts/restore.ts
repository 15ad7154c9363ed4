// `npm run restore -- <backup path>`: replaces everything in the database with a backup.
import { loadConfig } from "../lib/config/load-config";
import { restoreDatabase } from "../lib/db/backup";
import { exitWithOneLine } from "./exit-with-one-line";

const backupPath = process.argv[2];
if (!backupPath) {
  console.error("Usage: npm run restore -- <backup file>");
  process.exit(1);
}

console.warn(`Warning: this replaces everything now in the database with ${backupPath}. Stop the app first.`);
try {
  const { database } = loadConfig();
  const { authSecretRestored } = await restoreDatabase(database, backupPath);
  console.log(`Restored ${backupPath}.`);
  if (authSecretRestored) console.log("The auth secret saved with it was put back too.");
  else if (database.dialect === "sqlite" && !process.env.AUTH_SECRET) {
    console.log("The backup held no auth secret: sign-in works only if the current one is the one it was made with.");
  } else console.log("Start the app with the AUTH_SECRET it had when the backup was made, or nobody can sign in.");
} catch (error) {
  exitWithOneLine("Restore failed", error);
}
