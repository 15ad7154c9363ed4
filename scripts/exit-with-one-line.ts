/** Ends a command with one line saying what failed; a stack trace would only alarm and could leak. */
export function exitWithOneLine(what: string, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${what}: ${message.split("\n")[0]?.trim() || "unknown error"}`);
  process.exit(1);
}
