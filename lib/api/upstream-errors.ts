import { isSERankingError, type SERankingErrorKind } from "@/lib/seranking/errors";
import { ApiError, type ErrorCode } from "./errors";

// DESIGN.md's error table for SE Ranking failures: what the user sees and what to do about it.
const TABLE: Record<SERankingErrorKind, { status: number; code: ErrorCode; message: string }> = {
  invalid_key: {
    status: 409,
    code: "invalid_key",
    message: "SE Ranking rejected the key — an admin must reconnect it in Settings.",
  },
  out_of_credits: {
    status: 402,
    code: "out_of_credits",
    message: "The SE Ranking account is out of credits: top it up, then try again.",
  },
  rate_limited: {
    status: 429,
    code: "rate_limited",
    message: "SE Ranking is rate-limiting this key: wait a few seconds and try again.",
  },
  bad_request: { status: 422, code: "invalid_input", message: "SE Ranking refused the request." },
  not_found: { status: 404, code: "not_found", message: "SE Ranking has no data for this." },
  upstream_unavailable: {
    status: 502,
    code: "upstream_unavailable",
    message: "SE Ranking is not answering right now: try again in a minute.",
  },
  timeout: {
    status: 504,
    code: "upstream_timeout",
    message: "SE Ranking took too long to answer: try again in a minute.",
  },
  bad_response: {
    status: 502,
    code: "upstream_unavailable",
    message: "SE Ranking sent a reply we could not read: try again later.",
  },
};

export function upstreamToApiError(error: unknown): ApiError | undefined {
  if (!isSERankingError(error)) return undefined;
  const row = TABLE[error.kind];
  // Bad-request messages come from our own validation (which domain, why): worth showing.
  const message = error.kind === "bad_request" ? error.message : row.message;
  return new ApiError(row.status, row.code, message);
}
