import type { z } from "zod";
import type { SignedIn } from "./sessions";

export type FieldErrors = Record<string, string>;

export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "signed-out" }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; reason: "forbidden" }
  /** The database could not be reached: nothing was done, try again later (set by guardedAction). */
  | { ok: false; reason: "unavailable" };

type Needs<S> = S extends "required" ? SignedIn : null;

type Guard<Schema extends z.ZodType, T, S extends "required" | "none"> = {
  /** "required" for anything that touches personal data; "none" only for signing up and in. */
  session: S;
  input: Schema;
  /** Whether this person may act on what the input names. */
  owns: (session: Needs<S>, input: z.output<Schema>) => boolean | Promise<boolean>;
  run: (session: Needs<S>, input: z.output<Schema>) => Promise<T>;
};

/** The first message for each field, keyed by the field's name. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The one way into anything that reads or writes a person's data. Each step runs only if the one
 * before it passed: the session, then the input checked by zod, then ownership, then the work.
 */
export function guarded<Schema extends z.ZodType, T, S extends "required" | "none">(
  guard: Guard<Schema, T, S>,
  getSession: () => Promise<SignedIn | null>,
) {
  return async (raw: unknown): Promise<Outcome<T>> => {
    // Session: who is asking.
    const session = guard.session === "required" ? await getSession() : null;
    if (guard.session === "required" && !session) return { ok: false, reason: "signed-out" };
    // Parse: only well-formed input goes further.
    const parsed = guard.input.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
    // Ownership: only what belongs to this person.
    if (!(await guard.owns(session as Needs<S>, parsed.data))) return { ok: false, reason: "forbidden" };
    // Work.
    return { ok: true, value: await guard.run(session as Needs<S>, parsed.data) };
  };
}

/**
 * Form fields as a plain object, without the fields React adds for server actions. A caller with
 * JavaScript can send an action anything in place of the form: that reads as an empty form.
 */
export function formFields(form: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(form instanceof FormData)) return fields;
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("$ACTION") && typeof value === "string") fields[name] = value;
  }
  return fields;
}
