import "server-only";
import type { WindowLimit } from "../auth/rate-limit";

/**
 * Short codes typed from one client address, right or wrong. Each costs one Argon2id run, and
 * with 60 secret bits five tries in a quarter of an hour leave guessing a code hopeless.
 */
export const BRIEF_CODES_PER_CLIENT: WindowLimit = {
  name: "brief-code",
  kind: "window",
  tries: 5,
  windowSeconds: 15 * 60,
};
/** Tries at one code's first four characters, from anywhere: many addresses cannot share out the guessing. */
export const BRIEF_CODES_PER_LOOKUP: WindowLimit = {
  name: "brief-lookup",
  kind: "window",
  tries: 10,
  windowSeconds: 60 * 60,
};
/** Links opened from one client address. A link id has 128 random bits: this only bounds the load. */
export const BRIEF_LINKS_PER_CLIENT: WindowLimit = {
  name: "brief-link",
  kind: "window",
  tries: 30,
  windowSeconds: 15 * 60,
};

/** How many briefs one person can hold at once; each is a copy to keep track of. */
export const MAX_BRIEFS = 50;
