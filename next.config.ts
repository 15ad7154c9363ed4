import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/security-headers";
import { siteRoutes } from "./lib/site/site-routes";

const nextConfig: NextConfig = {
  // A second build folder lets a benchmark or a helper build beside a running test server.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Server code that must never be bundled into client JavaScript lives in lib/; native modules stay external.
  serverExternalPackages: ["better-sqlite3", "pg"],
  // Readable addresses from older links lead to the neutral ones.
  async redirects() {
    return Object.values(siteRoutes)
      .filter((route) => route.contentAlias !== route.href)
      .map((route) => ({ source: route.contentAlias, destination: route.href, permanent: false }));
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
