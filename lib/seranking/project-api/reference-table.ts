// Every Project API request the client may send, as the reference gives it
// (../shared/spec/seranking-project-api.md §3–§6): method, path template, the query parameters
// it documents and what the body must be. Tests hold the client's real requests to this table;
// it is written from the doc, not from ./requests.ts.
export interface ReferenceEndpoint {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: RegExp;
  /** Every query parameter name the reference documents for it. */
  query: readonly string[];
  /** Query parameters that must be present. */
  requiredQuery?: readonly string[];
  body: "none" | "object" | "array";
  /** Body keys the reference documents (object bodies, or each element of an array body). */
  bodyKeys?: readonly string[];
}

const ID = "\\d+";

export const PROJECT_API_REFERENCE: readonly ReferenceEndpoint[] = [
  { method: "GET", path: /^\/sites$/, query: [], body: "none" },
  {
    method: "POST",
    path: /^\/sites$/,
    query: [],
    body: "object",
    bodyKeys: [
      "url",
      "title",
      "depth",
      "subdomain_match",
      "exact_url",
      "check_freq",
      "check_day",
      "auto_reports",
      "disable_audit",
      "site_group_id",
      "is_active",
    ],
  },
  // PUT /sites/{site_id}: "JSON body, same fields as create" (§3).
  {
    method: "PUT",
    path: new RegExp(`^/sites/${ID}$`),
    query: [],
    body: "object",
    bodyKeys: [
      "url",
      "title",
      "depth",
      "subdomain_match",
      "exact_url",
      "check_freq",
      "check_day",
      "auto_reports",
      "disable_audit",
      "site_group_id",
      "is_active",
    ],
  },
  { method: "GET", path: /^\/system\/search-engines$/, query: [], body: "none" },
  { method: "GET", path: new RegExp(`^/sites/${ID}/search-engines$`), query: [], body: "none" },
  {
    method: "POST",
    path: new RegExp(`^/sites/${ID}/search-engines$`),
    query: [],
    body: "object",
    bodyKeys: [
      "search_engine_id",
      "region_name",
      "lang_code",
      "merge_map",
      "business_name",
      "phone",
      "paid_results",
      "featured_snippet",
      "region_id",
    ],
  },
  {
    method: "GET",
    path: new RegExp(`^/sites/${ID}/keywords$`),
    query: ["site_engine_id"],
    body: "none",
  },
  {
    method: "POST",
    path: new RegExp(`^/sites/${ID}/keywords$`),
    query: [],
    body: "array",
    bodyKeys: ["keyword", "group_id", "target_url", "is_strict", "comment", "site_engine_ids"],
  },
  {
    method: "DELETE",
    path: new RegExp(`^/sites/${ID}/keywords$`),
    query: ["keywords_ids[]"],
    requiredQuery: ["keywords_ids[]"],
    body: "none",
  },
  {
    method: "POST",
    path: new RegExp(`^/sites/${ID}/recheck$`),
    query: [],
    body: "object",
    bodyKeys: ["site_engine_id", "keywords"],
  },
  {
    method: "GET",
    path: new RegExp(`^/sites/${ID}/positions$`),
    query: [
      "date_from",
      "date_to",
      "site_engine_id",
      "in_top",
      "with_landing_pages",
      "with_serp_features",
      "with_content_score",
    ],
    body: "none",
  },
];
