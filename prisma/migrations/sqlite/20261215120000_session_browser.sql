-- migrate:up
-- The browser and system family a session signed in from ("Firefox on Android"), sealed under the
-- account's data key, so the list of sessions can tell browsers apart and the database cannot.
ALTER TABLE "Session" ADD COLUMN "browserSealed" TEXT;

-- migrate:down
ALTER TABLE "Session" DROP COLUMN "browserSealed";
