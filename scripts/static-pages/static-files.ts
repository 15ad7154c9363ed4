import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { NO_STORE, staticSecurityHeaders } from "../../lib/security/security-headers";
import { chosenEncoding } from "./send-static-page";

type StoredFile = { type: string; cache: string; identity: Buffer; br?: Buffer; gzip?: Buffer };

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
const TEXT = new Set([".js", ".css", ".txt", ".svg", ".json"]);
// Built files are named by their content, so a browser may keep them; files in public/ are not.
const IMMUTABLE = "public, max-age=31536000, immutable";

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => {
    return fs.statSync(path.join(folder, name)).isFile();
  });
}

function stored(file: string, cache: string): StoredFile | null {
  const extension = path.extname(file);
  const type = TYPES[extension];
  if (!type) return null;
  const identity = fs.readFileSync(file);
  if (!TEXT.has(extension)) return { type, cache, identity };
  const br = zlib.brotliCompressSync(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { type, cache, identity, br, gzip: zlib.gzipSync(identity, { level: 9 }) };
}

/**
 * The built scripts and styles and the files in public/, read and compressed once at start and
 * answered from memory: no proxy, no render, no file read or compression on libuv's threads per request.
 */
export function staticFiles(root: string, distDir: string) {
  const files = new Map<string, StoredFile>();
  const built = path.join(root, distDir, "static");
  for (const name of filesUnder(built)) {
    const file = stored(path.join(built, name), IMMUTABLE);
    if (file) files.set(`/_next/static/${name.split(path.sep).join("/")}`, file);
  }
  const pub = path.join(root, "public");
  for (const name of filesUnder(pub)) {
    const file = stored(path.join(pub, name), NO_STORE);
    if (file) files.set(`/${name.split(path.sep).join("/")}`, file);
  }

  /** Answers the request if it is a GET or HEAD of one of these files, and says whether it did. */
  function send(request: http.IncomingMessage, response: http.ServerResponse): boolean {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const file = files.get(request.url ?? "");
    if (!file) return false;
    const encoding = chosenEncoding(request.headers["accept-encoding"]);
    const body = (encoding === "br" ? file.br : encoding === "gzip" ? file.gzip : undefined) ?? file.identity;
    const encoded = body !== file.identity;
    response.writeHead(200, {
      ...staticSecurityHeaders,
      "Content-Type": file.type,
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "Cache-Control": file.cache,
      ...(file.br ? { Vary: "Accept-Encoding" } : {}),
      ...(encoded ? { "Content-Encoding": encoding } : {}),
      "Content-Length": body.length,
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return true;
  }

  return { send, count: files.size };
}
