-- migrate:up
-- Counters now count every attempt before the work (rate-limiter-flexible's store). They only
-- ever hold the last day's attempts, so the old ones are dropped rather than converted.
DROP TABLE "RateLimit";
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),
    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- migrate:down
DROP TABLE "RateLimit";
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);
