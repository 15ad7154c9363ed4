import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BackupError } from "./backup-files";

/** pg_dump or pg_restore: on PATH first, else the newest /usr/lib/postgresql/<version>/bin. */
export function findPostgresTool(name: "pg_dump" | "pg_restore"): string {
  const pathDirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const root = "/usr/lib/postgresql";
  const versionDirs = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join(root, version, "bin"))
    : [];
  for (const dir of [...pathDirs, ...versionDirs]) {
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  throw new BackupError(
    `${name} was not found on PATH or under ${root}/*/bin: install PostgreSQL's client tools (e.g. apt-get install postgresql-client).`,
  );
}

export type Connection = { dbname: string; env: NodeJS.ProcessEnv; password: string };

/**
 * The address without its password, which goes to libpq through the environment instead: other
 * users of the machine can list command lines, and the tools echo the address in some errors.
 */
export function connectionFor(url: string): Connection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BackupError("DATABASE_URL is not a valid PostgreSQL address.");
  }
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const env = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env, password };
}

/** Runs a PostgreSQL client tool; a failure becomes one line of its own error output. */
export function runTool(
  binary: string,
  args: string[],
  connection: Pick<Connection, "env" | "password">,
  stdout: number | "ignore" = "ignore",
): Promise<void> {
  const name = path.basename(binary);
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: connection.env, stdio: ["ignore", stdout, "pipe"] });
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", (error) => reject(new BackupError(`Could not run ${name}: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) return resolve();
      const line = firstErrorLine(stderr, name) || `exited with code ${String(code)}`;
      reject(new BackupError(`${name} failed: ${redact(line, connection.password)}`));
    });
  });
}

function firstErrorLine(stderr: string, name: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const line = lines.find((candidate) => candidate.includes("error:")) ?? lines[0] ?? "";
  return line.replace(new RegExp(`^${name}: (error: )?`), "");
}

function redact(text: string, password: string): string {
  const withoutUrls = text.replace(/[a-z]+:\/\/[^\s"']+/gi, "[database address]");
  return password ? withoutUrls.split(password).join("[password]") : withoutUrls;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
