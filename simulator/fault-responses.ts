// How each fault kind answers. Bodies imitate what a flaky gateway or a dying upstream sends,
// so clients exercise the same code paths they will need against the real API.

import type { ServerResponse } from "node:http";
import type { AccountVariant, Fault } from "./faults";
import { ApiError, sendError, sendRaw, sendTruncated } from "./http-io";
import type { SimState } from "./state";

const DESCRIPTIONS: Record<number, [title: string | undefined, description: string]> = {
  401: [undefined, "The API key is invalid or has been revoked (simulated fault)"],
  402: [undefined, "Not enough credits to perform this request (simulated fault)"],
  403: ["Insufficient funds", "Not enough credits to perform this request (simulated fault)"],
  429: [undefined, "The call-rate limit has been reached (simulated fault)"],
  500: [undefined, "Unexpected server error (simulated fault)"],
  502: [undefined, "Upstream data service did not answer (simulated fault)"],
  503: [undefined, "Service temporarily unavailable (simulated fault)"],
};

/** The reference's texts for each account state (seranking-data-api-v1.md §2, SE Ranking FAQ). */
const VARIANT_TEXT: Record<AccountVariant, [message: string, description: string]> = {
  insufficient_funds: [
    "Insufficient funds",
    "Your current credit balance is too low to process this request.",
  ],
  subscription_required: [
    "Subscription required",
    "An active subscription is required to use the API.",
  ],
  limit_reached: ["Limit reached", "Cannot add 50 keywords — you have 32 remaining"],
  no_api_credits: [
    "Forbidden",
    "Your plan does not include API credits. Upgrade your plan or top up your balance to get started.",
  ],
};

/** Valid JSON start, then cut: what a proxy produces when it loses the upstream mid-answer. */
const MALFORMED_BODY =
  '{"total_backlinks":1520,"referring_domains":311,"backlinks":[{"source_url":"https://';

const TRUNCATED_BODY = JSON.stringify({
  total_backlinks: 1520,
  referring_domains: 311,
  referring_ips: 280,
  trust_flow: 31,
  citation_flow: 40,
  domain_trust_score: 35,
  nofollow_backlinks: 200,
  dofollow_backlinks: 1320,
});

export function describeFault(fault: Fault): string {
  switch (fault.kind) {
    case "status":
      return `status:${fault.status}`;
    case "timeout":
      return fault.afterMs === undefined ? "timeout" : `timeout:${fault.afterMs}ms`;
    case "latency":
      return `latency:${fault.latencyMs}ms`;
    default:
      return fault.kind;
  }
}

/**
 * Answers the request as the fault dictates and returns true, or returns false when the request
 * should go on normally afterwards (a timeout that answers late, a hold once released).
 */
export async function applyFault(
  state: SimState,
  res: ServerResponse,
  fault: Fault,
  /** The Data API documents no Retry-After on 429: its answers never carry one. */
  retryAfterHeader = true,
): Promise<boolean> {
  switch (fault.kind) {
    case "status": {
      const status = fault.status ?? 500;
      const [defaultTitle, defaultDescription] = fault.variant
        ? VARIANT_TEXT[fault.variant]
        : (DESCRIPTIONS[status] ?? [undefined, "Simulated fault"]);
      const title = defaultTitle;
      const description = fault.description ?? defaultDescription;
      const headers =
        status === 429 && retryAfterHeader
          ? { "Retry-After": String(fault.retryAfterSeconds ?? 1) }
          : {};
      sendError(res, new ApiError(status, description, headers, title));
      return true;
    }
    case "timeout":
      if (fault.afterMs === undefined) return true; // accept and never answer
      await state.sleep(fault.afterMs);
      return false;
    case "malformed_json":
      sendRaw(res, 200, MALFORMED_BODY);
      return true;
    case "truncated_body":
      sendTruncated(res, TRUNCATED_BODY);
      return true;
    case "hold":
      if (await state.faults.hold(fault)) return false;
      sendError(res, new ApiError(503, "Still held after maxHoldMs (simulated fault)"));
      return true;
    default:
      return false;
  }
}
