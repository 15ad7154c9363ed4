-- migrate:up
-- Counters now count every attempt before the work (rate-limiter-flexible's store). They only
-- ever hold the last day's attempts, so the old ones are dropped rather than converted.
DROP TABLE "RateLimit";
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- migrate:down
DROP TABLE "RateLimit";
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "lockedUntil" DATETIME,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
