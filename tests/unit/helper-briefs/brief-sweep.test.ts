import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const sweeps = vi.hoisted(() => ({ calls: 0, fail: false }));
vi.mock("@/lib/brief-store/brief-store", () => ({
  deleteExpiredBriefs: async () => {
    sweeps.calls += 1;
    if (sweeps.fail) throw new Error('SELECT "secret" FROM "HelperBrief"');
    return 2;
  },
}));

const { startBriefSweep, sweepExpiredBriefs, SWEEP_EVERY_MS } = await import("@/lib/brief-store/brief-sweep");
const shared = globalThis as typeof globalThis & { safeHarbourBriefSweep?: ReturnType<typeof setInterval> };

describe("the sweep of briefs that have ended", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sweeps.calls = 0;
    sweeps.fail = false;
  });
  afterEach(() => {
    clearInterval(shared.safeHarbourBriefSweep);
    delete shared.safeHarbourBriefSweep;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs at server start and then every hour, once per process however often it is started", async () => {
    startBriefSweep();
    startBriefSweep();
    expect(sweeps.calls).toBe(1);

    await vi.advanceTimersByTimeAsync(SWEEP_EVERY_MS - 1);
    expect(sweeps.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sweeps.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(2 * SWEEP_EVERY_MS);
    expect(sweeps.calls).toBe(4);
    expect(SWEEP_EVERY_MS).toBe(60 * 60 * 1000);
  });

  it("logs one line without the error when the database cannot be reached, and tries again", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    sweeps.fail = true;

    expect(await sweepExpiredBriefs()).toBe(0);

    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]).toHaveLength(1);
    expect(String(logged.mock.calls[0]![0])).not.toMatch(/SELECT|secret|HelperBrief/);
    sweeps.fail = false;
    expect(await sweepExpiredBriefs()).toBe(2);
  });
});

describe("server start", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("starts the sweep in the Node.js server, and not while building", async () => {
    vi.resetModules();
    const started = vi.fn();
    vi.doMock("@/lib/brief-store/brief-sweep", () => ({ startBriefSweep: started }));
    vi.doMock("@/lib/config/check-config-or-exit", () => ({ checkConfigOrExit: () => ({}) }));
    const { register } = await import("@/instrumentation");
    vi.stubEnv("NEXT_RUNTIME", "nodejs");

    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    await register();
    expect(started).not.toHaveBeenCalled();

    vi.stubEnv("NEXT_PHASE", "phase-production-server");
    await register();
    expect(started).toHaveBeenCalledTimes(1);
  });
});
