import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where the embedded setup keeps its secret: beside the SQLite file. */
export function authSecretFile(dataDirectory: string): string {
  return path.join(dataDirectory, "auth-secret");
}

/**
 * The embedded setup keeps its secret beside the SQLite file, created once with 0600 permissions.
 * Creating with the exclusive flag lets several processes start at once and all read one secret.
 */
export function loadOrCreateAuthSecret(dataDirectory: string): string {
  const file = authSecretFile(dataDirectory);
  fs.mkdirSync(dataDirectory, { recursive: true, mode: 0o700 });
  try {
    const descriptor = fs.openSync(file, "wx", 0o600);
    fs.writeSync(descriptor, randomBytes(32).toString("base64url"));
    fs.closeSync(descriptor);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readWhenWritten(file);
}

function readWhenWritten(file: string): string {
  // Another process may have created the file a moment ago and not yet written to it.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const secret = fs.readFileSync(file, "utf8").trim();
    if (secret.length > 0) return secret;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  throw new Error(`The secret file ${file} is empty.`);
}
