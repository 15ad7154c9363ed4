/**
 * Whether an error means the database cannot be reached right now (down, restarting, out of
 * connections, locked), rather than a mistake in a query. Such errors are temporary: pages and
 * actions answer "try again in a moment" instead of failing, and nothing about the database
 * (its address, the query) reaches the person or the log.
 */

// Prisma: can't reach, timed out, server closed the connection, no free connection in the pool.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Driver adapters (@prisma/driver-adapter-utils) name the failure in `kind`.
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
// PostgreSQL classes: 08 connection exception, 53 insufficient resources, 57 operator intervention (shutdown).
const POSTGRES_CLASSES = /^(08|53|57)/;
// SQLite: busy or locked beyond busy_timeout, cannot open the file.
const SQLITE_CODES = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN"]);
// Node sockets, and pg's own message when a connection drops mid-query.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const DROPPED = /Connection terminated|connection timeout|timeout exceeded when trying to connect/i;

type Inspectable = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  err?: unknown;
  meta?: { driverAdapterError?: unknown };
};

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, message, cause, err, meta } = error as Inspectable;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || SQLITE_CODES.has(code) || SOCKET_CODES.has(code)))
    return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (kind === "postgres" && typeof code === "string" && POSTGRES_CLASSES.test(code)) return true;
  if (typeof message === "string" && DROPPED.test(message)) return true;
  // Prisma keeps the adapter's error in meta; Auth.js and the adapters keep the original in `cause` (or `cause.err`).
  return [meta?.driverAdapterError, cause, err].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** One line for the log: no stack, no address, no query. */
export function logDatabaseUnavailable(where: string): void {
  console.error(`The database could not be reached (${where}); asked the person to try again.`);
}
