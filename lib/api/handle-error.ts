import { z } from "zod";
import { ApiError, type ErrorBody, zodToApiError } from "./errors";
import { upstreamToApiError } from "./upstream-errors";

/** The one table from thrown errors to `{ error: { code, message } }` responses. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return zodToApiError(error);
  const upstream = upstreamToApiError(error);
  if (upstream) return upstream;
  return new ApiError(500, "internal_error", "Something went wrong on our side. Try again.");
}

export function errorResponse(error: unknown, context: { tenantId?: string } = {}): Response {
  const apiError = toApiError(error);
  if (apiError.status >= 500 && apiError.code === "internal_error") {
    // Server-side trail with the tenant id; the error's own text never reaches the client.
    console.error("[api] unhandled error", { tenantId: context.tenantId }, describeError(error));
  }
  const body: ErrorBody = {
    error: {
      code: apiError.code,
      message: apiError.message,
      ...(apiError.fields ? { fields: apiError.fields } : {}),
    },
  };
  const headers: Record<string, string> = {};
  if (apiError.status === 429) headers["Retry-After"] = "5";
  return Response.json(body, { status: apiError.status, headers });
}

function describeError(error: unknown) {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : error;
}
