/** Runs once when a server starts: a bad configuration stops it here with one clear line. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigOrExit } = await import("./lib/config/check-config-or-exit");
    checkConfigOrExit();
    // Not while building: the database is for the running server.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startBriefSweep } = await import("./lib/brief-store/brief-sweep");
      startBriefSweep();
    }
  }
}
