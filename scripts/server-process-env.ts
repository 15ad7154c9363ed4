// Settings Node reads only as a process starts, so whatever launches the server sets them:
// scripts/start.ts, and tests/support/app-server.ts for the tests and benchmarks.

/**
 * libuv's threads read files, compress answers and run Argon2. Argon2 takes one of them at
 * a time (lib/crypto/argon2-queue.ts); the other seven keep pages flowing during a burst of sign-ins.
 */
export const SERVER_THREADPOOL_SIZE = 8;

/** A JavaScript heap that fits a small server; the bench reports the whole process's peak beside it. */
export const SERVER_HEAP_MIB = 256;

/** The environment of a spawned server: these two added to `env`, keeping a value `env` already sets. */
export function serverProcessEnv(env: Record<string, string | undefined> = process.env): NodeJS.ProcessEnv {
  const nodeOptions = env.NODE_OPTIONS ?? "";
  return {
    ...env,
    UV_THREADPOOL_SIZE: env.UV_THREADPOOL_SIZE ?? String(SERVER_THREADPOOL_SIZE),
    NODE_OPTIONS: nodeOptions.includes("--max-old-space-size")
      ? nodeOptions
      : `${nodeOptions} --max-old-space-size=${SERVER_HEAP_MIB}`.trim(),
  } as unknown as NodeJS.ProcessEnv;
}
