-- migrate:up
-- Sessions from before accounts held nothing; the table is recreated with its owner.
DROP TABLE "Session";

CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "usernameLookup" TEXT NOT NULL,
    "argon2MemoryKiB" INTEGER NOT NULL,
    "argon2Passes" INTEGER NOT NULL,
    "argon2Lanes" INTEGER NOT NULL,
    "passphraseSalt" BLOB NOT NULL,
    "verifier" BLOB NOT NULL,
    "dataKeyUnderPassphrase" TEXT NOT NULL,
    "recoverySalt" BLOB NOT NULL,
    "dataKeyUnderRecovery" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" DATETIME
);
CREATE UNIQUE INDEX "User_usernameLookup_key" ON "User"("usernameLookup");

CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "dataKeyUnderSession" TEXT NOT NULL,
    "previousSignInAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

CREATE TABLE "Record" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kindTag" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "envelope" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Record_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Record_userId_kindTag_idx" ON "Record"("userId", "kindTag");

CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "lockedUntil" DATETIME,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- migrate:down
DROP TABLE "RateLimit";
DROP TABLE "Record";
DROP TABLE "Session";
DROP TABLE "User";
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");
