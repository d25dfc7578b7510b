import type { NextConfig } from "next";
import { API_CSP, SECURITY_HEADERS } from "./lib/security/csp";

const HSTS_RULE = {
  source: "/:path*",
  has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }],
  headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
};

const nextConfig: NextConfig = {
  // PGlite ships WASM and argon2 a native addon: both must be loaded by Node, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pg",
    "pg-boss",
    // Drives Chromium for report PDFs: loaded by Node at run time, never bundled.
    "playwright-core",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // Pages get their CSP (with a per-request nonce) from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      // Shared client reports (and their PDFs) are for the link's holder, not for search engines.
      { source: "/r/:path*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] },
      // HSTS only where the browser reached us over HTTPS (the proxy in front says so), and only
      // in production: pinning localhost to HTTPS would break every other local project.
      ...(process.env.NODE_ENV === "production" ? [HSTS_RULE] : []),
    ];
  },
};

export default nextConfig;
