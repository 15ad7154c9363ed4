// Does a burst of sign-ins stall someone reading? A guidance page's latency for one reader, alone
// and while 8 sign-ins are kept in flight (each an Argon2id derivation, which the server queues),
// timed to a hundredth of a millisecond.
import autocannon from "autocannon";
import { BROWSER_HEADERS, type LoadTarget, type Tally } from "./load-targets";
import { waitUntilIdle } from "./process-stats";
import { readRepeatedly, type TimedReading } from "./timed-reader";

export const SIGN_INS_AT_ONCE = 8;
/** Issue 14's target: the reader's p99 at most three times what it is with no sign-in running. */
export const STALL_TARGET_RATIO = 3;

export type ReaderLatency = TimedReading;
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

/** `seconds` is each window; the first is the reader alone, the second beside the sign-ins. */
export async function measureSignInStall(
  url: string,
  pid: number,
  database: string,
  guidancePath: string,
  signIn: LoadTarget,
  seconds: number,
): Promise<SignInStallResult> {
  await waitUntilIdle(pid);
  const read = () => readRepeatedly(url, guidancePath, BROWSER_HEADERS, seconds);
  const alone = await read();
  await waitUntilIdle(pid);
  const [during, signingIn] = await Promise.all([read(), run(url, signIn, SIGN_INS_AT_ONCE, seconds)]);
  await waitUntilIdle(pid);
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
      ? Math.round((during.p99Ms / Math.max(alone.p99Ms, 0.01)) * 100) / 100
      : Number.POSITIVE_INFINITY,
  };
}
