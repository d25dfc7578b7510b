// What one upstream reply cost and which feature it served, for usage recorded as credits per
// workspace, feature and month. Read from the request's path and the sizes of the request and the
// reply, with the dialect's price list (costs.ts): the same figures the estimates use.
import type { Dialect } from "./dialects/dialect";

export const USAGE_FEATURES = ["backlinks", "prospects", "keywords", "key_check", "other"] as const;
export type UsageFeature = (typeof USAGE_FEATURES)[number];

export interface CallUsage {
  feature: UsageFeature;
  credits: number;
}

const listLength = (value: unknown, key?: string): number => {
  const list = key ? (value as Record<string, unknown> | null)?.[key] : value;
  return Array.isArray(list) ? list.length : 0;
};

const targetsOf = (body: unknown, query: URLSearchParams): number => {
  const t = (body as { target?: unknown } | null)?.target;
  if (Array.isArray(t)) return t.length;
  if (typeof t === "string") return 1;
  return query.getAll("target").length + query.getAll("target[]").length || 1;
};

/**
 * Credits and feature of a 2xx reply (only those are billed). Unknown paths are "other" at 0:
 * an unpriced call is shown as a call, never as an invented number of credits.
 */
export function usageOf(
  dialect: Dialect,
  url: URL,
  requestBody: unknown,
  reply: unknown,
): CallUsage {
  const p = dialect.prices;
  const path = url.pathname.replace(/\/+$/, "");
  const q = url.searchParams;
  switch (path) {
    // Data API (/v1/...)
    case "/v1/backlinks/summary":
      return { feature: "backlinks", credits: p.summary * targetsOf(requestBody, q) };
    case "/v1/backlinks/all":
    case "/v1/backlinks/raw":
      return { feature: "backlinks", credits: p.backlinkRow * listLength(reply, "backlinks") };
    // Per row returned, like /all (the reference gives no figure: see the data-v1 prices).
    case "/v1/backlinks/refdomains":
      return { feature: "backlinks", credits: p.backlinkRow * listLength(reply, "refdomains") };
    case "/v1/backlinks/anchors":
      return { feature: "backlinks", credits: p.backlinkRow * listLength(reply, "anchors") };
    case "/v1/backlinks/metrics":
      return { feature: "prospects", credits: p.metrics * targetsOf(requestBody, q) };
    case "/v1/backlinks/authority":
      return { feature: "prospects", credits: p.authority * targetsOf(requestBody, q) };
    case "/v1/domain/keywords":
      return { feature: "keywords", credits: listLength(reply) };
    case "/v1/account/subscription":
    case "/v1/account/credit-balance":
      return { feature: "key_check", credits: p.account };
    // The provider contract (api4)
    case "/research/backlinks/summary":
      return { feature: "backlinks", credits: p.summary };
    case "/research/backlinks":
      return { feature: "backlinks", credits: p.backlinkRow * listLength(reply, "backlinks") };
    case "/research/backlinks/metrics":
      return { feature: "prospects", credits: p.metrics * listLength(reply) };
    case "/keywords/check":
      return { feature: "keywords", credits: listLength(reply) };
    case "/system/account":
      return { feature: "key_check", credits: p.account };
    default:
      return { feature: "other", credits: 0 };
  }
}
