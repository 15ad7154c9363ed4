import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // A second build folder lets a benchmark or a helper build beside a running test server.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Server code that must never be bundled into client JavaScript lives in lib/; native modules stay external.
  serverExternalPackages: ["better-sqlite3", "pg"],
  // Readable addresses from older links, and addresses with a trailing slash, redirect in proxy.ts,
  // so that the redirect carries every security header.
  skipTrailingSlashRedirect: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

// Without i18n routing: addresses stay the same in every language (i18n/request.ts picks the locale).
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
