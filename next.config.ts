import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and argon2 a native addon: both must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
