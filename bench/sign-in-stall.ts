// Does a burst of sign-ins stall someone reading? A guidance page's latency for one reader, alone
// and while 8 sign-ins are kept in flight (each an Argon2id derivation, which the server queues).
import autocannon from "autocannon";
import type { LoadTarget, Tally } from "./load-targets";
import { waitUntilIdle } from "./process-stats";

export const SIGN_INS_AT_ONCE = 8;
/** Issue 14's target: the reader's p99 at most three times what it is with no sign-in running. */
export const STALL_TARGET_RATIO = 3;

export type ReaderLatency = { requests: number; p50Ms: number; p99Ms: number; failed: number };
export type SignInStallResult = {
  database: string;
  signInsAtOnce: number;
  alone: ReaderLatency;
  duringSignIns: ReaderLatency & { signInsAnswered: number; signInsFailed: number };
  /** Infinity when the reader had no answer at all while the sign-ins ran. */
  p99Ratio: number;
};

function run(url: string, target: LoadTarget, connections: number, seconds: number) {
  const tally: Tally = { ok: 0, conflicts: 0, unexpected: {} };
  let client = 0;
  const result = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    setupClient: (instance) => instance.setRequests(target.requestsFor((client += 1) - 1, tally)),
  });
  return result.then((done) => ({ done, tally }));
}

function latencyOf({ done, tally }: Awaited<ReturnType<typeof run>>): ReaderLatency {
  const unexpected = Object.values(tally.unexpected).reduce((sum, n) => sum + n, 0);
  return {
    requests: done.requests.total,
    p50Ms: done.latency.p50,
    p99Ms: done.latency.p99,
    failed: unexpected + done.errors,
  };
}

/** `seconds` is each window; the first is the reader alone, the second beside the sign-ins. */
export async function measureSignInStall(
  url: string,
  pid: number,
  database: string,
  guidance: LoadTarget,
  signIn: LoadTarget,
  seconds: number,
): Promise<SignInStallResult> {
  await waitUntilIdle(pid);
  const alone = latencyOf(await run(url, guidance, 1, seconds));
  await waitUntilIdle(pid);
  const [reading, signingIn] = await Promise.all([
    run(url, guidance, 1, seconds),
    run(url, signIn, SIGN_INS_AT_ONCE, seconds),
  ]);
  await waitUntilIdle(pid);
  const during = latencyOf(reading);
  const signInsFailed = Object.values(signingIn.tally.unexpected).reduce((sum, n) => sum + n, 0);
  return {
    database,
    signInsAtOnce: SIGN_INS_AT_ONCE,
    alone,
    duringSignIns: {
      ...during,
      signInsAnswered: signingIn.done.requests.total,
      signInsFailed: signInsFailed + signingIn.done.errors,
    },
    // A reader who got no page in the window was stalled past it: no ratio can say how much.
    p99Ratio: during.requests
      ? Math.round((during.p99Ms / Math.max(alone.p99Ms, 1)) * 100) / 100
      : Number.POSITIVE_INFINITY,
  };
}
