// One typed error for every failure of the client, so route handlers can map `kind` through a
// single table. Messages are scrubbed of the API key at construction time: whatever text ends up
// in an error (upstream bodies, URLs, user input) can never leak the key into logs or responses.

export type SERankingErrorKind =
  | "invalid_key"
  | "out_of_credits"
  | "subscription_required"
  | "limit_reached"
  | "rate_limited"
  | "bad_request"
  | "not_found"
  | "upstream_unavailable"
  | "timeout"
  | "bad_response";

/** SE Ranking's error envelope: {"error":{"code","message","description"}}. */
export interface UpstreamErrorInfo {
  code?: number | string;
  message?: string;
  description?: string;
}

export interface SERankingErrorOptions {
  status?: number;
  retryAfterMs?: number;
  upstream?: UpstreamErrorInfo;
  /** Secrets to scrub from every text field (the API key). */
  redact?: readonly string[];
}

const REDACTED = "[redacted]";

/**
 * Replaces every occurrence of each secret (raw and URL-encoded, any letter case — user input is
 * lowercased by domain normalisation) with a placeholder.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    const forms = new Set([
      secret,
      encodeURIComponent(secret),
      encodeURIComponent(secret).replace(/%20/g, "+"),
    ]);
    for (const form of forms) {
      out = out.replace(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), REDACTED);
    }
  }
  return out;
}

export class SERankingError extends Error {
  readonly kind: SERankingErrorKind;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly upstream?: UpstreamErrorInfo;

  constructor(kind: SERankingErrorKind, message: string, options: SERankingErrorOptions = {}) {
    const redact = options.redact ?? [];
    super(redactSecrets(message, redact));
    this.name = "SERankingError";
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.upstream) {
      const { code, message: m, description: d } = options.upstream;
      this.upstream = {
        ...(code !== undefined && {
          code: typeof code === "string" ? redactSecrets(code, redact) : code,
        }),
        ...(m !== undefined && { message: redactSecrets(m, redact) }),
        ...(d !== undefined && { description: redactSecrets(d, redact) }),
      };
    }
  }

  /** Explicit shape so JSON.stringify(error) is useful (Error fields are not enumerable). */
  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      retryAfterMs: this.retryAfterMs,
      upstream: this.upstream,
    };
  }
}

export function isSERankingError(value: unknown): value is SERankingError {
  return value instanceof SERankingError;
}

/** HTTP status → error kind. 402 and 403 both mean "out of credits" (SE Ranking uses both). */
export function kindForStatus(status: number): SERankingErrorKind {
  if (status === 401) return "invalid_key";
  if (status === 402 || status === 403) return "out_of_credits";
  if (status === 429) return "rate_limited";
  if (status === 404) return "not_found";
  if (status >= 500) return "upstream_unavailable";
  if (status >= 400) return "bad_request";
  return "bad_response";
}

// SE Ranking answers 403 (and, per its FAQ, 402) for three different account states, told apart
// only by the envelope's message (seranking-data-api-v1.md §2). Matched case-insensitively on
// message + description, so "Insufficient Funds" (FAQ) and "Insufficient funds" (docs) both hit.
const ACCOUNT_MESSAGES: readonly [RegExp, SERankingErrorKind][] = [
  [/insufficient funds/i, "out_of_credits"],
  [/subscription required/i, "subscription_required"],
  [/limit reached/i, "limit_reached"],
];
// "Your plan does not include API credits…": its status is not documented, so it is recognised
// on any 4xx that is not already a key or rate problem.
const NO_CREDITS_PLAN = /does not include api credits/i;

/**
 * Kind for a non-2xx reply, reading the envelope where the status alone is ambiguous. A 402/403
 * whose message is not recognised stays `out_of_credits`: that is what the provider-v3 contract
 * (and every client before the message was read) means by those statuses.
 */
export function kindForReply(status: number, upstream?: UpstreamErrorInfo): SERankingErrorKind {
  const byStatus = kindForStatus(status);
  const text = `${upstream?.message ?? ""} ${upstream?.description ?? ""}`;
  if (status === 402 || status === 403) {
    for (const [pattern, kind] of ACCOUNT_MESSAGES) if (pattern.test(text)) return kind;
  }
  if (byStatus === "bad_request" && NO_CREDITS_PLAN.test(text)) return "out_of_credits";
  return byStatus;
}

const KIND_TEXT: Record<SERankingErrorKind, string> = {
  invalid_key: "SE Ranking rejected the API key",
  out_of_credits: "The SE Ranking account has run out of credits",
  subscription_required: "The SE Ranking account has no active subscription",
  limit_reached: "The SE Ranking plan's limit is reached",
  rate_limited: "SE Ranking rate limit reached",
  bad_request: "SE Ranking rejected the request",
  not_found: "SE Ranking could not find the requested resource",
  upstream_unavailable: "SE Ranking is unavailable",
  timeout: "SE Ranking did not answer in time",
  bad_response: "SE Ranking sent an unexpected reply",
};

/** Human message for a non-2xx reply, with the upstream envelope's text when there is one. */
export function describeStatus(status: number, upstream?: UpstreamErrorInfo): string {
  const base = `${KIND_TEXT[kindForReply(status, upstream)]} (HTTP ${status})`;
  const detail = [upstream?.message, upstream?.description].filter(Boolean).join(" — ");
  return detail ? `${base}: ${detail}` : base;
}
