// A dialect is one wire contract (paths, parameter and field names) over the shared universe.
// provider-v3 is the spec's; the public Data API (/v1/...) will be a second table of routes.
// Auth, credits, rate limits, faults and the log are dialect-independent and live in the
// request pipeline, so a dialect only turns validated input into a body and a credit cost.

import type { KeyAccount } from "../keys";

export interface RouteContext {
  query: URLSearchParams;
  /** The body parsed as JSON; throws a 400 ApiError when it is not JSON (read it lazily). */
  json(): unknown;
  account: KeyAccount;
  /** The simulator's current day, YYYY-MM-DD. */
  today: string;
}

export interface RouteResult {
  body: unknown;
  /** Credits this answer costs; charged only if the key can afford it (else 402/403). */
  cost: number;
  status?: number;
}

export type HttpMethod = "GET" | "POST";

export interface Route {
  method: HttpMethod;
  /** Exact path, trailing slash included (the spec's paths all end in "/"). */
  path: string;
  handle(ctx: RouteContext): RouteResult;
}

export interface Dialect {
  name: string;
  routes: readonly Route[];
}
