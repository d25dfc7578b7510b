// One public API operation: its method and path, the token scope it needs, and the zod schemas
// of its input and its answer. Routes are built from these and the OpenAPI document is
// generated from the same objects, so the document cannot drift from what the routes accept.
import type { z } from "zod";
import type { ApiScope } from "@/lib/db/schema";

export type PublicMethod = "GET" | "POST" | "DELETE";

export interface PublicOperation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  id: string;
  method: PublicMethod;
  /** OpenAPI template, e.g. /api/v1/keyword-projects/{projectId}. */
  path: string;
  summary: string;
  tag: "Backlinks" | "Prospects" | "Keywords" | "Reports";
  scope: ApiScope;
  params?: P;
  query?: Q;
  body?: B;
  bodyLimit?: number;
  /**
   * The answer holds a secret shown once (a share URL): an Idempotency-Key replay answers 409
   * instead of the stored answer, so the secret is never kept in the idempotency table.
   */
  answerOnce?: boolean;
  /** 200 unless said; 204 answers no body. */
  status?: 200 | 201 | 202 | 204;
  response?: R;
}

/** Keeps each operation's schema types for its route while typing the list as one shape. */
export const operation = <
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(
  op: PublicOperation<P, Q, B, R>,
) => op;
