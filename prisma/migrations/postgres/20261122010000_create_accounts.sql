-- migrate:up
-- Sessions from before accounts held nothing; the table is recreated with its owner.
DROP TABLE "Session";

CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "usernameLookup" TEXT NOT NULL,
    "argon2MemoryKiB" INTEGER NOT NULL,
    "argon2Passes" INTEGER NOT NULL,
    "argon2Lanes" INTEGER NOT NULL,
    "passphraseSalt" BYTEA NOT NULL,
    "verifier" BYTEA NOT NULL,
    "dataKeyUnderPassphrase" TEXT NOT NULL,
    "recoverySalt" BYTEA NOT NULL,
    "dataKeyUnderRecovery" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_usernameLookup_key" ON "User"("usernameLookup");

CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dataKeyUnderSession" TEXT NOT NULL,
    "previousSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Session_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

CREATE TABLE "Record" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kindTag" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "envelope" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Record_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Record_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Record_userId_kindTag_idx" ON "Record"("userId", "kindTag");

CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- migrate:down
DROP TABLE "RateLimit";
DROP TABLE "Record";
DROP TABLE "Session";
DROP TABLE "User";
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");
