// A dialect is one wire contract (paths, parameter and field names) over the shared universe.
// provider-v3 is the spec's; the public Data API (/v1/...) will be a second table of routes.
// Auth, credits, rate limits, faults and the log are dialect-independent and live in the
// request pipeline, so a dialect only turns validated input into a body and a credit cost.

import type { KeyAccount } from "../keys";
import type { ListLengths } from "../list-lengths";
import type { ProjectStore } from "../project-api/store";

export interface RouteContext {
  query: URLSearchParams;
  /** The body parsed as JSON; throws a 400 ApiError when it is not JSON (read it lazily). */
  json(): unknown;
  account: KeyAccount;
  /** The simulator's current day, YYYY-MM-DD. */
  today: string;
  /**
   * The day backlink profiles are served at: the pinned clock, or null while it follows the real
   * date (the base snapshot, so figures never drift with the calendar; backlink-churn.ts).
   */
  backlinksDate: string | null;
  /** Path parameters of a templated route ("/sites/{site_id}" → {site_id: "12"}). */
  params: Record<string, string>;
  /** The raw request body ("" when none): some endpoints refuse any body at all. */
  rawBody: string;
  /** The Project API's rank-tracker state and the recheck delay (project-api routes only). */
  projects: ProjectStore;
  recheckDelayMs: number;
  /** Real time, ms: when a recheck was asked for and when it completes. */
  now: number;
  /** Backlink lists a test made longer or shorter than their summary (both dialects). */
  lists: ListLengths;
}

export interface RouteResult {
  body: unknown;
  /** Credits this answer costs; charged only if the key can afford it (else 402/403). */
  cost: number;
  status?: number;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Route {
  method: HttpMethod;
  /** Exact path, trailing slash included (the spec's paths all end in "/"), or a template
   * with `{name}` segments (Project API: "/sites/{site_id}/keywords"). */
  path: string;
  handle(ctx: RouteContext): RouteResult;
}

export interface Dialect {
  name: string;
  routes: readonly Route[];
}
