import type { z } from "zod";

/**
 * The one table from error code to HTTP status: throw sites name a code, never a status, so the
 * same code can never answer two statuses. Picked by HTTP meaning: 400 a body that does not
 * parse, 422 input that parsed but is not acceptable, 409 a conflict with stored state.
 */
export const ERROR_STATUS = {
  /** The body is not JSON at all: nothing could be read, so there are no field errors. */
  malformed_body: 400,
  unauthorized: 401,
  // 402 for the SE Ranking account's states: the workspace's own permissions are not the problem.
  out_of_credits: 402,
  subscription_required: 402,
  limit_reached: 402,
  /** The workspace's own monthly credit budget would be passed: refused before any upstream call. */
  budget_exceeded: 402,
  forbidden: 403,
  email_unverified: 403,
  cross_origin: 403,
  not_found: 404,
  /** The request clashes with what is stored (a taken name, a run already going). */
  conflict: 409,
  /** The stored key stopped working: an admin must reconnect it before anything else works. */
  invalid_key: 409,
  not_connected: 409,
  no_backlink_api: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_input: 422,
  /** SE Ranking refused the key this request offered (Test, Save, switch API): nothing changed. */
  key_refused: 422,
  rate_limited: 429,
  internal_error: 500,
  upstream_unavailable: 502,
  /** No SMTP_URL on this server: invitations, verification and reset mail are off. */
  mail_unavailable: 503,
  /** This server lacks the setting the route needs (the cron route without CRON_SECRET). */
  not_configured: 503,
  upstream_timeout: 504,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error whose message is written for the user and safe to send; its status comes from the table. */
export class ApiError extends Error {
  readonly status: (typeof ERROR_STATUS)[ErrorCode];

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what = "This page") =>
  new ApiError("not_found", `${what} does not exist or you do not have access to it.`);

/** Connecting keys and accepting invitations need a confirmed email address. */
export const emailUnverified = (what: string) =>
  new ApiError(
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
  return new ApiError("invalid_input", summary || "The input is not valid.", fields);
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
