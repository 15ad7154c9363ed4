-- migrate:up
-- Helper briefs: one part of a plan copied for one helper. Nothing here is readable: the content is
-- sealed under a key that lives only in the link, the survivor's summary under her data key.
CREATE TABLE "HelperBrief" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "linkLookup" TEXT NOT NULL,
    "codeLookup" TEXT NOT NULL,
    "codeSalt" BLOB NOT NULL,
    "keyUnderCode" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "lastOpenedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HelperBrief_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "HelperBrief_linkLookup_key" ON "HelperBrief"("linkLookup");
CREATE UNIQUE INDEX "HelperBrief_codeLookup_key" ON "HelperBrief"("codeLookup");
CREATE INDEX "HelperBrief_userId_idx" ON "HelperBrief"("userId");
CREATE INDEX "HelperBrief_expiresAt_idx" ON "HelperBrief"("expiresAt");

-- migrate:down
DROP TABLE "HelperBrief";
