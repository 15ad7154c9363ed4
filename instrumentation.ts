/** Runs once when a server starts: a bad configuration stops it here with one clear line. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigOrExit } = await import("./lib/config/check-config-or-exit");
    checkConfigOrExit();
  }
}
