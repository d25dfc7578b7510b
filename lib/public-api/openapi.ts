// The OpenAPI 3.1 document of the public API, generated from the operations' zod schemas (zod's
// JSON Schema output is draft 2020-12, the dialect OpenAPI 3.1 uses). Nothing here is written by
// hand about a route: a route's inputs and answer exist once, in its operation.
import { z } from "zod";
import type { PublicOperation } from "./operation";
import { ALL_OPERATIONS } from "./operations";
import { errorSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
};

/** Path or query parameters from an object schema, one per property. */
function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const object = jsonSchema(schema, "input");
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const ERROR_RESPONSES = {
  "400": "The body is not JSON",
  "401": "No token, or a token that is unknown or revoked",
  "403": "The token lacks the scope this operation needs",
  "404": "No such resource in this token's workspace",
  "409":
    "The request clashes with stored state (or the workspace's SE Ranking key needs attention)",
  "422": "The input is not valid: error.fields says what to fix",
  "429": "Over this token's rate: see RateLimit-Reset",
};

const RATE_HEADERS = Object.fromEntries(
  ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"].map((name) => [
    name,
    { schema: { type: "integer" } },
  ]),
);

/** On a POST's success: set when the answer is the stored one of an earlier Idempotency-Key. */
const REPLAYED_HEADER = {
  "Idempotency-Replayed": {
    description:
      "true when this answer replays the first answer to the same Idempotency-Key and body",
    schema: { type: "string", enum: ["true"] },
  },
};

function operationObject(op: PublicOperation) {
  const status = String(op.status ?? 200);
  const headers = op.method === "POST" ? { ...RATE_HEADERS, ...REPLAYED_HEADER } : RATE_HEADERS;
  const success =
    op.status === 204 || !op.response
      ? { description: "Done", headers }
      : {
          description: "Success",
          headers,
          content: { "application/json": { schema: jsonSchema(op.response, "output") } },
        };
  const errors = Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([code, description]) => [
      code,
      {
        description,
        content: { "application/json": { schema: jsonSchema(errorSchema, "output") } },
      },
    ]),
  );
  return {
    operationId: op.id,
    summary: op.summary,
    tags: [op.tag],
    security: [{ bearer: [] }],
    "x-scope": op.scope,
    parameters: [
      ...parameters(op.params, "path"),
      ...parameters(op.query, "query"),
      ...(op.method === "POST"
        ? [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description:
                "Repeat a POST safely: the same key and body answer the first answer again.",
              schema: { type: "string", minLength: 1, maxLength: 255 },
            },
          ]
        : []),
    ],
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(op.body, "input") } },
          },
        }
      : {}),
    responses: { [status]: success, ...errors },
  };
}

export function openApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ALL_OPERATIONS as PublicOperation[]) {
    paths[op.path] ??= {};
    paths[op.path]![op.method.toLowerCase()] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "SE Ranking Dashboard API",
      version: "1.0.0",
      description:
        "A workspace's backlinks, prospects, keyword rankings and client reports for its own scripts. Authenticate with a workspace API token (Settings → API tokens) as `Authorization: Bearer srd_…`. Lists are paged with `cursor` and `limit`; a POST may carry an `Idempotency-Key`; each token has a rate per minute, told in the RateLimit-* headers.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "srd_…" } },
    },
    tags: [{ name: "Backlinks" }, { name: "Prospects" }, { name: "Keywords" }, { name: "Reports" }],
    paths,
  };
}
