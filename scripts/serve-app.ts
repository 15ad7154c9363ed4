// Serves the built app with Node's own HTTP server in front of Next (`next start` cannot do this):
// each request gets the client's address from its connection, counting back through only as many
// X-Forwarded-For entries as there are proxies we trust (TRUSTED_PROXY_HOPS). Run with
// `node --import tsx scripts/serve-app.ts [--hostname <address>]`, or from scripts/start.ts.
import http from "node:http";
import path from "node:path";
import { checkConfigOrExit } from "../lib/config/check-config-or-exit";
import { loadConfig } from "../lib/config/load-config";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, markClientAddressHeaderAsOurs } from "../lib/security/client-address";
import { staticFiles } from "./static-pages/static-files";
import { staticFront } from "./static-pages/static-front";

const root = path.resolve(import.meta.dirname, "..");

export type ServeOptions = { port: number; hostname?: string; trustedProxyHops: number };

export async function serveApp({ port, hostname, trustedProxyHops }: ServeOptions): Promise<http.Server> {
  // React and Next pick their production builds from NODE_ENV when they load, below.
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  markClientAddressHeaderAsOurs();
  const toNext = (request: http.IncomingMessage, response: http.ServerResponse) => {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      trustedProxyHops,
    );
    handle(request, response).catch(() => failed(response));
  };
  // Public pages are answered as fixed documents without React (scripts/static-pages/); the rest by Next.
  const secure = loadConfig().secureCookies;
  const front = await staticFront(toNext, {
    session: secure ? "__Host-session" : "session",
    language: secure ? "__Host-lang" : "lang",
  });
  const files = staticFiles(root, process.env.NEXT_DIST_DIR ?? ".next");
  const server = http.createServer((request, response) => {
    if (files.send(request, response)) return;
    void front.handle(request, response).catch(() => failed(response));
  });
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  console.log(`Serving on http://${hostname ?? "localhost"}:${port}`);
  void front.crawl().then(({ pages, seconds }) => console.log(`Public pages ready: ${pages} in ${seconds} s.`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
  return server;
}

function failed(response: http.ServerResponse): void {
  console.error("A request failed before the app could answer it.");
  if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
  response.end("Something went wrong on our side. Please try again.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const config = checkConfigOrExit();
  const at = process.argv.indexOf("--hostname");
  await serveApp({
    port: config.port,
    hostname: at > 0 ? process.argv[at + 1] : undefined,
    trustedProxyHops: config.trustedProxyHops,
  });
}
