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
    message:
      "The SE Ranking account has no API credits left (or its plan includes none): an admin can top up the balance at seranking.com, then try again.",
  },
  // 402 for both account states: the workspace's own permissions (403 here) are not the problem.
  subscription_required: {
    status: 402,
    code: "subscription_required",
    message:
      "The SE Ranking account behind this key has no active subscription: an admin must renew it at seranking.com before data can be fetched.",
  },
  limit_reached: {
    status: 402,
    code: "limit_reached",
    message:
      "The SE Ranking plan's limit is reached: ask for less, free some room in SE Ranking, or raise the plan.",
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
  if (error.kind === "bad_request") return new ApiError(row.status, row.code, error.message);
  // A plan limit says what is left ("Cannot add 50 keywords — you have 32 remaining"): the user
  // needs that sentence to decide. It is already scrubbed of the key.
  const detail = error.kind === "limit_reached" ? error.upstream?.description : undefined;
  const message = detail ? `${row.message} SE Ranking says: ${detail}` : row.message;
  return new ApiError(row.status, row.code, message);
}
