import type http from "node:http";
import zlib from "node:zlib";
import { NO_STORE, staticSecurityHeaders } from "../../lib/security/security-headers";
import type { StaticPage } from "./static-page-store";

/** The encodings a client takes, from Accept-Encoding; `q=0` refuses one. */
function accepts(header: string | undefined, encoding: string): boolean {
  return (header ?? "").split(",").some((part) => {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    return name.trim() === encoding && !parameters.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

/** The best encoding of ours the client takes: brotli, then gzip, else none. */
export function chosenEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity" {
  return accepts(acceptEncoding, "br") ? "br" : accepts(acceptEncoding, "gzip") ? "gzip" : "identity";
}

/** Fixed headers: the same security headers as every page, the page's hashed policy, never cached. */
export function sendStaticPage(request: http.IncomingMessage, response: http.ServerResponse, page: StaticPage): void {
  const encoding = chosenEncoding(request.headers["accept-encoding"]);
  const body = encoding === "br" ? page.br : encoding === "gzip" ? page.gzip : zlib.gunzipSync(page.gzip);
  response.writeHead(200, {
    ...staticSecurityHeaders,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": page.policy,
    "Cache-Control": NO_STORE,
    Vary: "Cookie, Accept-Language, Accept-Encoding, RSC",
    ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
    "Content-Length": body.length,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}
