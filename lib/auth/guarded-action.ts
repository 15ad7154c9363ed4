import "server-only";
import type { z } from "zod";
import { isDatabaseUnavailable, logDatabaseUnavailable } from "../db/database-unavailable";
import { currentSession } from "./current-session";
import { guarded, type Outcome } from "./guarded";
import type { SignedIn } from "./sessions";

/**
 * `guarded` with the request's real session; what server actions and route handlers use. When the
 * database cannot be reached the answer is "unavailable" (try again), not a server error whose
 * log would carry a stack trace and the database's address.
 */
export function guardedAction<Schema extends z.ZodType, T, S extends "required" | "none">(
  guard: Parameters<typeof guarded<Schema, T, S>>[0],
) {
  const action = guarded(guard, currentSession as () => Promise<SignedIn | null>);
  return async (raw: unknown): Promise<Outcome<T>> => {
    try {
      return await action(raw);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logDatabaseUnavailable("action");
      return { ok: false, reason: "unavailable" };
    }
  };
}
