// Which parameters each served Data API operation takes, copied from SE Ranking's published
// OpenAPI file (../shared/spec/seranking-data-api-openapi.yml). A test reads that file and
// checks this table against it, so the simulator cannot drift from the reference; the table
// itself is code so the demo runs without the spec folder. Anything else sent is answered with
// SE Ranking's 400 envelope, as the real API does for unsupported parameters (reference §2).
import { ApiError } from "../http-io";

export interface AllowedParams {
  query: readonly string[];
  /** POST only: the keys of the OpenAPI's JSON body example. */
  body?: readonly string[];
}

const FILTER_PAIRS = [
  "volume",
  "difficulty",
  "characters_count",
  "keyword_count",
  "position",
  "competition",
  "cpc",
  "traffic",
  "traffic_percent",
  "price",
].flatMap((f) => [`filter[${f}][from]`, `filter[${f}][to]`]);

export const DATA_V1_PARAMS: Readonly<Record<string, AllowedParams>> = {
  "GET /v1/backlinks/summary": { query: ["apikey", "target", "mode", "output"] },
  "POST /v1/backlinks/summary": { query: ["apikey", "output"], body: ["target", "mode"] },
  "GET /v1/backlinks/metrics": { query: ["apikey", "target", "mode", "output"] },
  "POST /v1/backlinks/metrics": { query: ["apikey", "output"], body: ["target", "mode"] },
  "GET /v1/backlinks/authority": { query: ["apikey", "target", "output"] },
  "POST /v1/backlinks/authority": { query: ["apikey", "output"], body: ["target"] },
  "GET /v1/backlinks/all": {
    query: [
      "apikey",
      "target",
      "mode",
      "output",
      "limit",
      "per_domain",
      "order_by",
      "url_from_filter",
      "url_to_filter",
      "url_to_filter_mode",
      "url_from_filter_mode",
      "anchor_filter",
      "anchor_filter_mode",
      "nofollow_filter",
      "inlink_rank_from",
      "inlink_rank_to",
      "domain_inlink_rank_from",
      "domain_inlink_rank_to",
    ],
  },
  "GET /v1/backlinks/raw": {
    query: ["apikey", "target", "mode", "limit", "next", "output", "per_domain", "order_by"],
  },
  "GET /v1/backlinks/refdomains": {
    query: ["apikey", "target", "mode", "order_by", "limit", "output"],
  },
  "POST /v1/backlinks/refdomains": {
    query: ["apikey", "output"],
    body: ["target", "order_by", "mode", "limit"],
  },
  "GET /v1/backlinks/anchors": {
    query: ["apikey", "target", "mode", "order_by", "limit", "output"],
  },
  "POST /v1/backlinks/anchors": {
    query: ["apikey", "output"],
    body: ["target", "order_by", "mode", "limit"],
  },
  "GET /v1/backlinks/history": {
    query: [
      "apikey",
      "target",
      "mode",
      "new_lost_type",
      "date_from",
      "date_to",
      "link_type",
      "anchor_type",
      "dofollow",
      "output",
      "url_from",
      "limit",
      "order_by",
    ],
  },
  "GET /v1/backlinks/refdomains/history": {
    query: [
      "apikey",
      "target",
      "mode",
      "new_lost_type",
      "date_from",
      "date_to",
      "order_by",
      "limit",
      "output",
    ],
  },
  "GET /v1/domain/keywords": {
    query: [
      "apikey",
      "source",
      "domain",
      "url",
      "type",
      "with_subdomains",
      "order_field",
      "order_type",
      "page",
      "limit",
      "cols",
      "pos_change",
      "filter[url]",
      "filter[multi_keyword_excluded]",
      "filter[multi_keyword_included]",
      "filter[serp_features]",
      "filter[intents]",
      "filter[keyword]",
      "filter[serp_features_2][mode]",
      "filter[serp_features_2][value][0]",
      ...FILTER_PAIRS,
    ],
  },
  "GET /v1/account/subscription": { query: ["apikey", "output"] },
  "GET /v1/account/credit-balance": { query: ["apikey", "output"] },
};

/** SE Ranking's MCP sends arrays as `key[]=` (reference §1): accepted wherever `key` is. */
const bare = (name: string) => name.replace(/\[\]$/, "");

/** Throws the 400 envelope naming every parameter the operation does not take. */
export function assertAllowedParams(
  method: string,
  path: string,
  query: URLSearchParams,
  body?: () => unknown,
): void {
  const allowed = DATA_V1_PARAMS[`${method} ${path}`];
  if (!allowed) return;
  const unknown = [...new Set(query.keys())].filter(
    (k) => !allowed.query.includes(k) && !allowed.query.includes(bare(k)),
  );
  if (allowed.body && body) {
    const b = body();
    if (b && typeof b === "object" && !Array.isArray(b)) {
      unknown.push(...Object.keys(b).filter((k) => !allowed.body!.includes(k)));
    }
  }
  if (unknown.length > 0) {
    throw new ApiError(
      400,
      `Unsupported parameter${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`,
      {},
      "Bad Request",
    );
  }
}
