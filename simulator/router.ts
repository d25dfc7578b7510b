// Exact-path routing over every dialect's routes. Paths are matched literally, trailing slash
// included: a client that drops the slash gets a 404 here, as it would from the real API.

import type { Dialect, Route } from "./dialects/types";

export type RouteMatch =
  | { kind: "found"; route: Route; dialect: string }
  | { kind: "not_found" }
  | { kind: "method_not_allowed"; allow: string[] };

export interface Router {
  match(method: string, path: string): RouteMatch;
}

export function createRouter(dialects: readonly Dialect[]): Router {
  const byPath = new Map<string, Map<string, Route>>();
  const dialectOf = new Map<Route, string>();
  for (const dialect of dialects) {
    for (const route of dialect.routes) {
      const methods = byPath.get(route.path) ?? new Map<string, Route>();
      if (methods.has(route.method)) {
        throw new Error(`${dialect.name}: duplicate route ${route.method} ${route.path}`);
      }
      methods.set(route.method, route);
      dialectOf.set(route, dialect.name);
      byPath.set(route.path, methods);
    }
  }
  return {
    match(method, path) {
      const methods = byPath.get(path);
      if (!methods) return { kind: "not_found" };
      const route = methods.get(method);
      return route
        ? { kind: "found", route, dialect: dialectOf.get(route) ?? "" }
        : { kind: "method_not_allowed", allow: [...methods.keys()] };
    },
  };
}
