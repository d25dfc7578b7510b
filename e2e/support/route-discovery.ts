// Which API routes the app serves, read from the route files themselves: the route tables are
// checked against this, so a new route without a row fails a test instead of going unchecked.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Method } from "./tenant-route-types";

export const API_DIR = path.join(process.cwd(), "app/api");
export const TENANT_DIR = path.join(API_DIR, "tenants/[tenant]");
// The public API answers tokens, not sessions: e2e/public-api.spec.ts calls every operation of its
// OpenAPI document without a token, with a read token and with another workspace's token.
export const PUBLIC_API_DIR = path.join(API_DIR, "v1");

/** HTTP methods a route file exports, in any of the forms Next accepts. */
export function exportedMethods(source: string): Method[] {
  const names = new Set<string>();
  for (const [, name] of source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(\w+)/g)) {
    names.add(name!);
  }
  // `export const { GET, POST } = handlers` and `export { handler as GET }`.
  for (const [, list] of source.matchAll(/export\s+(?:const\s+)?\{([^}]*)\}/g)) {
    for (const part of list!.split(","))
      names.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .at(-1)!,
      );
  }
  return (["GET", "POST", "PUT", "PATCH", "DELETE"] as const).filter((m) => names.has(m));
}

/** Method + path of every route handler under `dir`, read from the source; `skip` prunes subtrees. */
export function discoverRoutes(dir: string, prefix: string, skip: string[] = []): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skip.includes(full)) continue;
      // [param] → :param, [...rest] / [[...rest]] → :...rest
      const segment = entry.name.replace(/^\[{1,2}(.+?)\]{1,2}$/, ":$1");
      found.push(...discoverRoutes(full, `${prefix}/${segment}`, skip));
    } else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
      for (const method of exportedMethods(readFileSync(full, "utf8"))) {
        found.push(`${method} ${prefix}`);
      }
    }
  }
  return found;
}
