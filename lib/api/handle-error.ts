import { z } from "zod";
import { describeError } from "./describe-error";
import { ApiError, type ErrorBody, zodToApiError } from "./errors";
import { upstreamToApiError } from "./upstream-errors";

/** The one table from thrown errors to `{ error: { code, message } }` responses. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return zodToApiError(error);
  const upstream = upstreamToApiError(error);
  if (upstream) return upstream;
  return new ApiError("internal_error", "Something went wrong on our side. Try again.");
}

export function errorResponse(
  error: unknown,
  context: { tenantId?: string; userId?: string } = {},
): Response {
  const apiError = toApiError(error);
  if (apiError.status >= 500 && apiError.code === "internal_error") {
    // Server-side trail with the tenant and user ids; the error's own text never reaches the
    // client, and a database error's parameters never reach the log (see describe-error.ts).
    console.error(
      "[api] unhandled error",
      JSON.stringify({
        tenantId: context.tenantId,
        userId: context.userId,
        ...describeError(error),
      }),
    );
  }
  const body: ErrorBody = {
    error: {
      code: apiError.code,
      message: apiError.message,
      ...(apiError.fields ? { fields: apiError.fields } : {}),
    },
  };
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (apiError.status === 429) headers["Retry-After"] = "5";
  return Response.json(body, { status: apiError.status, headers });
}
