// A script's view of the public API for the e2e suite: bearer token only (a fresh request
// context has no cookie), and every request body and answer checked against the OpenAPI
// document the server serves, so the document is proven on each call the tests make.
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

  private operation(method: string, concrete: string): Json {
    const path = concrete.split("?")[0]!;
    for (const [template, ops] of Object.entries(this.doc.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
      const op = ops[method.toLowerCase()];
      if (op && pattern.test(path)) return op;
    }
    throw new Error(`${method} ${path} is not in the OpenAPI document`);
  }

  /**
   * Sends one request as a script would. `checkBody` (on by default) validates the request body
   * against the document: off only for requests that are wrong on purpose.
   */
  async call(
    token: string | null,
    method: string,
    path: string,
    options: { data?: unknown; headers?: Record<string, string>; checkBody?: boolean } = {},
  ): Promise<{ response: APIResponse; body: Json | null }> {
    const op = this.operation(method, path);
    const requestSchema = (op.requestBody as Json | undefined)?.content as Json | undefined;
    if (options.data !== undefined && requestSchema && options.checkBody !== false) {
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
