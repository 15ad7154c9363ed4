// A local page using GOV.UK Frontend's "Exit this page", set up as its documentation says, for comparison.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

const dist = path.join(import.meta.dirname, "../node_modules/govuk-frontend/dist/govuk");
const types: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
  ".html": "text/html; charset=utf-8",
};

export type GovukExitPage = { url: string; stop(): Promise<void> };

/** A component's default example markup, as the package ships it (fixtures.json). */
function componentHtml(name: string): string {
  const { fixtures } = JSON.parse(fs.readFileSync(path.join(dist, "components", name, "fixtures.json"), "utf8")) as {
    fixtures: { name: string; html: string }[];
  };
  return fixtures.find((fixture) => fixture.name === "default")?.html ?? "";
}

/**
 * A GOV.UK service page as its template lays one out (skip link, header, service navigation,
 * footer), holding the component's markup (its template-default.html) and the same main content
 * as our page, so both pages are of one weight class.
 */
export function govukPageHtml(mainHtml: string, exitUrl: string): string {
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>Page</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="stylesheet" href="/govuk-frontend.min.css"></head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
${componentHtml("skip-link").replace("#test-target-element", "#main-content")}
${componentHtml("header")}
${componentHtml("service-navigation")}
<div class="govuk-width-container">
<div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
<a href="${exitUrl}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a>
</div>
<main class="govuk-main-wrapper" id="main-content">${mainHtml}</main>
</div>
${componentHtml("footer")}
<script type="module" src="/govuk-frontend.min.js"></script>
<script type="module">import { initAll } from '/govuk-frontend.min.js'; initAll();</script>
</body></html>`;
}

/** Serves the page, the component's built JS and CSS and its fonts, gzipped like our server does. */
export async function startGovukExitPage(mainHtml: string, exitUrl: string): Promise<GovukExitPage> {
  const page = Buffer.from(govukPageHtml(mainHtml, exitUrl));
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://local").pathname;
    const file = pathname === "/" ? null : path.join(dist, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ""));
    if (file && (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile())) {
      response.writeHead(404).end();
      return;
    }
    const body = file ? fs.readFileSync(file) : page;
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    response.writeHead(200, {
      "content-type": types[file ? path.extname(file) : ".html"] ?? "application/octet-stream",
      // As our server does: the page is never stored, the versioned assets are kept.
      "cache-control": file ? "public, max-age=31536000, immutable" : "no-store",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    response.end(gzip ? zlib.gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The inside of our page's <main>, without scripts, so both pages carry the same content. */
export function mainContentOf(html: string): string {
  const inner = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1];
  if (!inner) throw new Error("The page has no <main> element.");
  return inner.replace(/<script\b[\s\S]*?<\/script>/gi, "");
}
