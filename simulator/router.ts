// Routing over every dialect's routes. Paths are matched literally, trailing slash included: a
// client that drops the slash gets a 404 here, as it would from the real API. Templated paths
// (`{name}` segments, the Project API's /sites/{site_id}/...) match one non-empty segment each.

import type { Dialect, Route } from "./dialects/types";

export type RouteMatch =
  | { kind: "found"; route: Route; dialect: string; params: Record<string, string> }
  | { kind: "not_found" }
  | { kind: "method_not_allowed"; allow: string[] };

export interface Router {
  match(method: string, path: string): RouteMatch;
}

interface Template {
  pattern: RegExp;
  names: string[];
  methods: Map<string, Route>;
}

function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split(/(\{[a-z_]+\})/)
    .map((part) => {
      const name = /^\{([a-z_]+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    })
    .join("");
  return { pattern: new RegExp(`^${source}$`), names };
}

export function createRouter(dialects: readonly Dialect[]): Router {
  const byPath = new Map<string, Map<string, Route>>();
  const templates = new Map<string, Template>();
  const dialectOf = new Map<Route, string>();
  for (const dialect of dialects) {
    for (const route of dialect.routes) {
      const templated = route.path.includes("{");
      let methods = templated ? templates.get(route.path)?.methods : byPath.get(route.path);
      if (!methods) {
        methods = new Map<string, Route>();
        if (templated) templates.set(route.path, { ...compile(route.path), methods });
        else byPath.set(route.path, methods);
      }
      if (methods.has(route.method)) {
        throw new Error(`${dialect.name}: duplicate route ${route.method} ${route.path}`);
      }
      methods.set(route.method, route);
      dialectOf.set(route, dialect.name);
    }
  }
  const resolve = (method: string, methods: Map<string, Route>, params: Record<string, string>) => {
    const route = methods.get(method);
    return route
      ? { kind: "found" as const, route, dialect: dialectOf.get(route) ?? "", params }
      : { kind: "method_not_allowed" as const, allow: [...methods.keys()] };
  };
  return {
    match(method, path) {
      const exact = byPath.get(path);
      if (exact) return resolve(method, exact, {});
      for (const t of templates.values()) {
        const m = t.pattern.exec(path);
        if (!m) continue;
        const params: Record<string, string> = {};
        t.names.forEach((name, i) => {
          params[name] = decodeURIComponent(m[i + 1]!);
        });
        return resolve(method, t.methods, params);
      }
      return { kind: "not_found" };
    },
  };
}
