// A script's view of the public API for the e2e suite: bearer token only (a fresh request
// context has no cookie), and every request (path and query parameters, body) and answer
// checked against the OpenAPI document the server serves, so the document is proven on each
// call the tests make.
import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Json = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, Json>>;
}

export class PublicApi {
  private readonly ajv = addFormats(new Ajv2020({ strict: false }));
  private readonly compiled = new Map<object, ValidateFunction>();

  constructor(
    readonly request: APIRequestContext,
    readonly doc: Doc,
  ) {}

  static async load(request: APIRequestContext) {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    return new PublicApi(request, (await response.json()) as Doc);
  }

  /** Every documented operation as [method, template, operation]. */
  operations(): [string, string, Json][] {
    return Object.entries(this.doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(
        ([method, op]) => [method.toUpperCase(), path, op] as [string, string, Json],
      ),
    );
  }

  private validate(schema: object, value: unknown, what: string) {
    let check = this.compiled.get(schema);
    if (!check) {
      check = this.ajv.compile(schema);
      this.compiled.set(schema, check);
    }
    expect(check(value), `${what}: ${this.ajv.errorsText(check.errors)}`).toBe(true);
  }

  private operation(
    method: string,
    concrete: string,
  ): { op: Json; pathValues: Map<string, string> } {
    const path = concrete.split("?")[0]!;
    for (const [template, ops] of Object.entries(this.doc.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "([^/]+)")}$`);
      const op = ops[method.toLowerCase()];
      const match = op ? pattern.exec(path) : null;
      if (op && match) {
        const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
        const values = match.slice(1).map(decodeURIComponent);
        return { op, pathValues: new Map(names.map((name, i) => [name, values[i]!])) };
      }
    }
    throw new Error(`${method} ${path} is not in the OpenAPI document`);
  }

  /** Path and query parameters: each one sent is documented and fits its schema. */
  private checkParameters(
    op: Json,
    pathValues: Map<string, string>,
    concrete: string,
    what: string,
  ) {
    const params = (op.parameters as (Json & { in: string; name: string })[] | undefined) ?? [];
    const documented = (where: string) => params.filter((p) => p.in === where);
    for (const [name, value] of pathValues) {
      const p = documented("path").find((q) => q.name === name);
      expect(p, `${what}: path parameter ${name} is not documented`).toBeDefined();
      this.validate(p!.schema as object, value, `${what}: path parameter ${name}`);
    }
    const query = new URLSearchParams(concrete.split("?")[1] ?? "");
    for (const [name, value] of query) {
      const p = documented("query").find((q) => q.name === name);
      expect(p, `${what}: query parameter ${name} is not documented`).toBeDefined();
      this.validate(
        p!.schema as object,
        asSchemaType(p!.schema as Json, value),
        `${what}: ${name}`,
      );
    }
    for (const p of documented("query").filter((q) => q.required)) {
      expect(query.has(p.name), `${what}: required query parameter ${p.name}`).toBe(true);
    }
  }

  /**
   * Sends one request as a script would. `checkRequest` (on by default) validates the request's
   * parameters and body against the document: off only for requests that are wrong on purpose.
   */
  async call(
    token: string | null,
    method: string,
    path: string,
    options: { data?: unknown; headers?: Record<string, string>; checkRequest?: boolean } = {},
  ): Promise<{ response: APIResponse; body: Json | null }> {
    const { op, pathValues } = this.operation(method, path);
    if (options.checkRequest !== false) {
      this.checkParameters(op, pathValues, path, `request ${method} ${path}`);
    }
    const requestSchema = (op.requestBody as Json | undefined)?.content as Json | undefined;
    if (options.data !== undefined && requestSchema && options.checkRequest !== false) {
      const schema = (requestSchema["application/json"] as Json).schema as object;
      this.validate(schema, options.data, `request ${method} ${path}`);
    }
    const response = await this.request.fetch(path, {
      method,
      data: options.data,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...options.headers },
    });
    const text = await response.text();
    const body = text ? (JSON.parse(text) as Json) : null;
    const documented = (op.responses as Record<string, Json>)[String(response.status())];
    expect(
      documented,
      `${method} ${path} answered an undocumented ${response.status()}: ${text}`,
    ).toBeDefined();
    const content = documented!.content as Json | undefined;
    if (content) {
      const schema = (content["application/json"] as Json).schema as object;
      this.validate(schema, body, `response ${response.status()} of ${method} ${path}`);
    } else {
      expect(text, `${method} ${path} ${response.status()} has no documented body`).toBe("");
    }
    return { response, body };
  }
}

/** A query string's text as the type its schema names (numbers and booleans come as text). */
function asSchemaType(schema: Json, value: string): unknown {
  if (schema.type === "integer" || schema.type === "number") return Number(value);
  if (schema.type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  return value;
}

/** An admin creates a token through the settings API; answers its one-time secret. */
export async function createToken(
  admin: APIRequestContext,
  slug: string,
  input: { name: string; scope: "read" | "write"; ratePerMinute?: number },
) {
  const response = await admin.post(`/api/tenants/${slug}/api-tokens`, { data: input });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { token: { id: string }; secret: string };
  return { id: body.token.id, secret: body.secret };
}
