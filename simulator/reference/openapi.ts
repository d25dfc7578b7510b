// SE Ranking's published OpenAPI for the Data API, read from ../shared/spec/ at test time (never
// copied into the repo), so tests check requests against the reference, not against the client.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const OPENAPI_PATH = fileURLToPath(
  new URL("../../../shared/spec/seranking-data-api-openapi.yml", import.meta.url),
);

interface OasParameter {
  name: string;
  in: string;
  schema?: { enum?: unknown[] };
}
interface OasOperation {
  parameters?: OasParameter[];
  requestBody?: { content?: { "application/json"?: { schema?: { example?: unknown } } } };
}
export type OasDocument = { paths: Record<string, Record<string, OasOperation>> };

let cached: OasDocument | undefined;

/** Throws with the path when the reference is missing: a conformance test must not pass silently. */
export function loadOpenApi(): OasDocument {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(OPENAPI_PATH, "utf8");
  } catch (error) {
    throw new Error(`SE Ranking's OpenAPI file is needed at ${OPENAPI_PATH}: ${String(error)}`);
  }
  cached = parse(text) as OasDocument;
  return cached;
}

export interface OperationSpec {
  /** Query parameter name → its enum (undefined when the OpenAPI gives none). */
  query: Map<string, readonly string[] | undefined>;
  /** Keys of the JSON body example (POST), or undefined. */
  body?: readonly string[];
}

export function operationSpec(
  doc: OasDocument,
  method: string,
  path: string,
): OperationSpec | undefined {
  const op = doc.paths[path]?.[method.toLowerCase()];
  if (!op) return undefined;
  const query = new Map<string, readonly string[] | undefined>();
  for (const p of op.parameters ?? []) {
    if (p.in === "query") query.set(p.name, p.schema?.enum?.map(String));
  }
  const example = op.requestBody?.content?.["application/json"]?.schema?.example;
  const body =
    example && typeof example === "object" && !Array.isArray(example)
      ? Object.keys(example)
      : undefined;
  return { query, ...(body && { body }) };
}
