import "server-only";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { changesIn } from "../content/history-words-for";
import { strategyTextIn } from "../content/strategy-library";
import { lockPlanFile, readPlanFile, unlockPlanFile } from "../crypto/plan-file";
import { inPlanFileTurn } from "../crypto/plan-file-turns";
import { openForSession, sealForSession } from "../crypto/session-token";
import type { SignedIn } from "../auth/sessions";
import type { DatabaseClient } from "../db/create-database-client";
import { describeChanges } from "../plan/describe-changes";
import { planValueSchema, type PlanValue } from "../plan/plan-schema";
import { database } from "../db/database";
import { loadPlan } from "./plan-store";
import { updatePlan } from "./update-plan";

export type { PlanFileTurn } from "../crypto/plan-file-turns";

/** A copy opened and not yet brought back: what it would change, and the sealed copy for the page to hold. */
export type CopyPreview = { changes: string[]; same: boolean; token: string };

const PURPOSE = "import-preview";
// Long enough to read the changes on a slow day; short enough that an old page cannot be replayed later.
const PREVIEW_MS = 30 * 60_000;
const sealedCopySchema = z.object({ plan: planValueSchema, version: z.number().int().min(0), openedAt: z.number() });

/** A copy of the person's plan, locked under a passphrase of its own, once it is their turn. */
export async function lockedCopyOf(session: SignedIn, passphrase: string, db = database()) {
  const plan = (await loadPlan(db, session)).value;
  return inPlanFileTurn(session.userId, () => lockPlanFile(plan, passphrase));
}

/**
 * Opens a locked copy and says what bringing it back would change; nothing is replaced yet. The
 * opened copy goes back to the page sealed for this session only, so confirming needs no second
 * Argon2 derivation and the passphrase is never kept.
 */
export async function previewCopy(session: SignedIn, text: string, passphrase: string, db = database(), locale = "en") {
  // The file's shape and cost are checked before its turn is taken and anything is derived.
  const file = readPlanFile(text);
  if (!file) return { ok: false as const, problem: "not-a-plan-file" as const };
  const opened = await inPlanFileTurn(session.userId, () => unlockPlanFile(file, passphrase));
  if (!opened.ok) return opened;
  if (!opened.value.ok) return opened.value;
  return { ok: true as const, preview: await previewOf(db, session, opened.value.plan, locale) };
}

async function previewOf(db: DatabaseClient, session: SignedIn, copy: PlanValue, locale: string): Promise<CopyPreview> {
  const current = await loadPlan(db, session);
  const sealed = { plan: copy, version: current.version, openedAt: Date.now() };
  return {
    changes: describeChanges(current.value, copy, strategyTextIn(locale), changesIn(locale)),
    same: isDeepStrictEqual(current.value, copy),
    token: sealForSession(session, PURPOSE, sealed),
  };
}

/**
 * Puts a copy shown by `previewCopy` in place of the plan, the plan as it was kept in the history
 * first. If the plan changed since the preview, nothing is replaced: a new preview says what would.
 */
export async function bringBackCopy(session: SignedIn, token: string, db = database(), locale = "en") {
  const sealed = sealedCopySchema.safeParse(openForSession(session, PURPOSE, token));
  if (!sealed.success || Date.now() - sealed.data.openedAt > PREVIEW_MS) {
    return { ok: false as const, problem: "expired" as const };
  }
  const { plan: copy, version } = sealed.data;
  const changed = async () => ({
    ok: false as const,
    problem: "changed" as const,
    preview: await previewOf(db, session, copy, locale),
  });
  if ((await loadPlan(db, session)).version !== version) return changed();
  const result = await updatePlan(
    session,
    { expectedVersion: version, reason: "import", keepCurrentAs: "before-import", change: () => copy },
    db,
  );
  if (!result.ok) return changed();
  return { ok: true as const };
}
