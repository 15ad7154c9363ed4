import "server-only";
import type { z } from "zod";
import { currentSession } from "./current-session";
import { guarded } from "./guarded";
import type { SignedIn } from "./sessions";

/** `guarded` with the request's real session; what server actions and route handlers use. */
export function guardedAction<Schema extends z.ZodType, T, S extends "required" | "none">(
  guard: Parameters<typeof guarded<Schema, T, S>>[0],
) {
  return guarded(guard, currentSession as () => Promise<SignedIn | null>);
}
