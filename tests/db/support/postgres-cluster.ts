// A throwaway PostgreSQL cluster for tests and benchmarks. Independent of any test runner.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../../support/free-port";

const run = promisify(execFile);

export type PostgresCluster = {
  /** `postgres://app@127.0.0.1:PORT`, with no database name. */
  baseUrl: string;
  urlFor(database: string): string;
  /** Stops the server but keeps its data, as when the database host goes away. */
  pause(): Promise<void>;
  /** Starts the paused server again on the same port, with the same data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
};

export function postgresUrl(baseUrl: string, database: string): string {
  return `${baseUrl}/${encodeURIComponent(database)}?sslmode=disable`;
}

/** Creates a fresh cluster in a temp folder on a free loopback port, with a trusted superuser `app`. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const binDir = findPostgresBinaries();
  const asRoot = process.getuid?.() === 0;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "safe-harbour-pg-"));
  const dataDir = path.join(folder, "data");
  const logFile = path.join(folder, "server.log");
  // initdb refuses to run as root, so the cluster belongs to the postgres user instead.
  if (asRoot) chownToPostgres(folder);
  const pgCommand = (name: string, args: string[]) => {
    const binary = path.join(binDir, name);
    const [file, fullArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
    return run(file, fullArgs, { cwd: folder });
  };
  const removeFolder = () => fs.rmSync(folder, { recursive: true, force: true });

  try {
    await pgCommand("initdb", ["-D", dataDir, "-U", "app", "--auth=trust", "--no-sync"]);
    // -l keeps the server's output away from our pipes, which would otherwise stay open.
    const startOn = (port: number) =>
      pgCommand("pg_ctl", ["-D", dataDir, "-l", logFile, "-w", "start", "-o", serverOptions(port, folder)]);
    const stopServer = () => pgCommand("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
    const port = await startOnFreePort(startOn);
    const baseUrl = `postgres://app@127.0.0.1:${port}`;
    const stopSync = () => stopNow(asRoot, binDir, dataDir, removeFolder);
    process.once("exit", stopSync);
    let stopped = false;
    let running = true;
    return {
      baseUrl,
      urlFor: (database) => postgresUrl(baseUrl, database),
      async pause() {
        if (stopped || !running) return;
        await stopServer();
        running = false;
      },
      async resume() {
        if (stopped || running) return;
        await startOn(port);
        running = true;
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        process.off("exit", stopSync);
        await (running ? stopServer() : Promise.resolve()).finally(removeFolder);
      },
    };
  } catch (error) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").trim() : "";
    removeFolder();
    const stderr = String((error as { stderr?: string }).stderr ?? "").trim();
    throw new Error(`Could not start a PostgreSQL cluster: ${stderr || String(error)}\n${log}`.trim());
  }
}

function serverOptions(port: number, socketDir: string): string {
  return `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1`;
}

/** A port can be taken between finding it and binding it, so try a few. */
async function startOnFreePort(start: (port: number) => Promise<unknown>): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await start(port);
      return port;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** The folder holding initdb, pg_ctl and the other server binaries of one PostgreSQL version. */
export function findPostgresBinaries(): string {
  const pathDirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const versionDirs = fs.existsSync("/usr/lib/postgresql")
    ? fs
        .readdirSync("/usr/lib/postgresql")
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join("/usr/lib/postgresql", version, "bin"))
    : [];
  for (const dir of [...pathDirs, ...versionDirs]) {
    const initdb = path.join(dir, "initdb");
    if (!fs.existsSync(initdb)) continue;
    // Follow symlinks (e.g. /usr/local/bin) to the folder that also holds pg_ctl and postgres.
    const realDir = path.dirname(fs.realpathSync(initdb));
    if (fs.existsSync(path.join(realDir, "pg_ctl"))) return realDir;
  }
  throw new Error(
    "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under " +
      "/usr/lib/postgresql/*/bin: install postgresql (e.g. apt-get install -y postgresql).",
  );
}

function chownToPostgres(folder: string): void {
  let ids: string[];
  try {
    ids = ["-u", "-g"].map((flag) => execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  } catch {
    throw new Error("Running as root needs a `postgres` user to own the test cluster: install postgresql.");
  }
  fs.chownSync(folder, Number(ids[0]), Number(ids[1]));
}

/** Last resort when the process exits without calling stop(): no async work is possible then. */
function stopNow(asRoot: boolean, binDir: string, dataDir: string, removeFolder: () => void): void {
  const pgCtl = [path.join(binDir, "pg_ctl"), "-D", dataDir, "-m", "immediate", "-w", "stop"];
  const [file, args] = asRoot ? ["runuser", ["-u", "postgres", "--", ...pgCtl]] : [pgCtl[0]!, pgCtl.slice(1)];
  try {
    execFileSync(file, args, { stdio: "ignore" });
  } catch {
    // The server may already be gone; the folder still has to go.
  }
  removeFolder();
}
