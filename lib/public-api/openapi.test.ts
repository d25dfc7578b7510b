import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

const V1 = path.join(process.cwd(), "app/api/v1");

/** Every route file under app/api/v1 as "METHOD /api/v1/{param}/…", from its exports. */
function routesOnDisk(dir = V1): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...routesOnDisk(full));
    else if (entry === "route.ts") {
      const route = `/api/v1/${path.relative(V1, dir)}`
        .replace(/\[([^\]]+)\]/g, "{$1}")
        .replace(/\/$/, "");
      for (const [, method] of readFileSync(full, "utf8").matchAll(
        /export const (GET|POST|PUT|PATCH|DELETE)\b/g,
      )) {
        found.push(`${method} ${route}`);
      }
    }
  }
  return found;
}

const doc = openApiDocument("http://localhost");
const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
  Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
);

describe("the public API's OpenAPI document", () => {
  it("lists every route under /api/v1 and nothing that is not one", () => {
    const onDisk = routesOnDisk().filter((r) => r !== "GET /api/v1/openapi.json");
    expect(onDisk.length).toBeGreaterThan(5);
    expect(documented.sort()).toEqual(onDisk.sort());
  });

  it("is OpenAPI 3.1 and every schema in it compiles as JSON Schema 2020-12", () => {
    expect(doc.openapi).toBe("3.1.0");
    const ajv = addFormats(new Ajv2020({ strict: false }));
    let schemas = 0;
    const visit = (node: unknown) => {
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "schema") {
          expect(() => ajv.compile(value as object)).not.toThrow();
          schemas++;
        } else visit(value);
      }
    };
    visit(doc.paths);
    expect(schemas).toBeGreaterThan(documented.length);
  });

  it("asks for a token with the right scope on every operation", () => {
    for (const ops of Object.values(doc.paths)) {
      for (const [method, op] of Object.entries(ops as Record<string, Record<string, unknown>>)) {
        expect(op.security).toEqual([{ bearer: [] }]);
        expect(op["x-scope"]).toBe(method === "get" ? "read" : "write");
      }
    }
  });

  it("tells on every POST's success when the answer is an Idempotency-Key replay", () => {
    const posts = Object.values(doc.paths).flatMap((ops) =>
      Object.entries(ops as Record<string, { responses: Record<string, { headers?: object }> }>)
        .filter(([method]) => method === "post")
        .map(([, op]) => op),
    );
    expect(posts.length).toBeGreaterThan(3);
    for (const op of posts) {
      const [, success] = Object.entries(op.responses).find(([code]) => code.startsWith("2"))!;
      expect(Object.keys(success.headers ?? {})).toContain("Idempotency-Replayed");
    }
  });
});
