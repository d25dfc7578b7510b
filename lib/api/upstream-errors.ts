import { isSERankingError, type SERankingErrorKind } from "@/lib/seranking/errors";
import { ApiError, type ErrorCode } from "./errors";

// DESIGN.md's error table for SE Ranking failures: what the user sees and what to do about it.
// The status of each code is in ERROR_STATUS (errors.ts), the one code → status table.
const TABLE: Record<SERankingErrorKind, { code: ErrorCode; message: string }> = {
  invalid_key: {
    code: "invalid_key",
    message: "SE Ranking rejected the key — an admin must reconnect it in Settings.",
  },
  out_of_credits: {
    code: "out_of_credits",
    message:
      "The SE Ranking account has no API credits left (or its plan includes none): an admin can top up the balance at seranking.com, then try again.",
  },
  subscription_required: {
    code: "subscription_required",
    message:
      "The SE Ranking account behind this key has no active subscription: an admin must renew it at seranking.com before data can be fetched.",
  },
  limit_reached: {
    code: "limit_reached",
    message:
      "The SE Ranking plan's limit is reached: ask for less, free some room in SE Ranking, or raise the plan.",
  },
  rate_limited: {
    code: "rate_limited",
    message: "SE Ranking is rate-limiting this key: wait a few seconds and try again.",
  },
  bad_request: { code: "invalid_input", message: "SE Ranking refused the request." },
  not_found: { code: "not_found", message: "SE Ranking has no data for this." },
  upstream_unavailable: {
    code: "upstream_unavailable",
    message: "SE Ranking is not answering right now: try again in a minute.",
  },
  timeout: {
    code: "upstream_timeout",
    message: "SE Ranking took too long to answer: try again in a minute.",
  },
  bad_response: {
    code: "upstream_unavailable",
    message: "SE Ranking sent a reply we could not read: try again later.",
  },
};

export function upstreamToApiError(error: unknown): ApiError | undefined {
  if (!isSERankingError(error)) return undefined;
  const row = TABLE[error.kind];
  // Bad-request messages come from our own validation (which domain, why): worth showing.
  if (error.kind === "bad_request") return new ApiError(row.code, error.message);
  // A plan limit says what is left ("Cannot add 50 keywords — you have 32 remaining"): the user
  // needs that sentence to decide. It is already scrubbed of the key.
  const detail = error.kind === "limit_reached" ? error.upstream?.description : undefined;
  const message = detail ? `${row.message} SE Ranking says: ${detail}` : row.message;
  return new ApiError(row.code, message);
}
