import type { z } from "zod";

export type ErrorCode =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "invalid_input"
  | "payload_too_large"
  | "rate_limited"
  | "out_of_credits"
  | "subscription_required"
  | "limit_reached"
  | "invalid_key"
  | "not_connected"
  | "no_backlink_api"
  | "upstream_unavailable"
  | "upstream_timeout"
  | "mail_unavailable"
  | "gone"
  | "email_unverified"
  | "cross_origin"
  | "unsupported_media_type"
  | "internal_error";

/** An error whose message is written for the user and safe to send. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what = "This page") =>
  new ApiError(404, "not_found", `${what} does not exist or you do not have access to it.`);

/** Connecting keys and accepting invitations need a confirmed email address. */
export const emailUnverified = (what: string) =>
  new ApiError(
    403,
    "email_unverified",
    `Confirm your email address before you ${what}: follow the link we emailed you (your account page sends a new one).`,
  );

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: Record<string, string> };
}

/** Field path → first message, so a form can show each error beside its input. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function zodToApiError(error: z.ZodError): ApiError {
  const fields = zodFieldErrors(error);
  const summary = Object.entries(fields)
    .map(([field, message]) => (field === "_" ? message : `${field}: ${message}`))
    .join("; ");
  return new ApiError(422, "invalid_input", summary || "The input is not valid.", fields);
}

/** Postgres unique-violation (23505), whether raised by pg or PGlite and wrapped by Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if ((current as { code?: unknown }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
