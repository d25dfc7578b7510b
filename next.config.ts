import type { NextConfig } from "next";
import { API_CSP, SECURITY_HEADERS } from "./lib/security/csp";

const nextConfig: NextConfig = {
  // PGlite ships WASM and argon2 a native addon: both must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // Pages get their CSP (with a per-request nonce) from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;
