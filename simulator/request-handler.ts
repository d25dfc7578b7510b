// The request pipeline for API calls: log -> faults and latency -> route -> auth -> rate limit
// -> handler (validation) -> credits -> answer. Dialects only supply the handler step.

import type { IncomingMessage, ServerResponse } from "node:http";
import { assertAllowedParams } from "./dialects/data-v1-openapi-params";
import { applyFault, describeFault } from "./fault-responses";
import { ApiError, readBody, sendError, sendJson } from "./http-io";
import { type DialectName, keyIdFor, parseAuthorization, TRIAL_RATE_LIMIT } from "./keys";
import { retryAfterSeconds } from "./rate-limiter";
import { bodyForLog, type LogEntry, redactSecrets } from "./request-log";
import type { Router } from "./router";
import type { SimState } from "./state";

export type ControlHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: string,
) => void;

const CONTROL_PREFIX = "/__sim/";
/** Paths of the public Data API (dialect data-v1); every other path is provider-v3's. */
const DATA_API_PREFIX = "/v1/";
/** The Project API's documented rate (seranking-project-api.md §2), its own window per key. */
export const PROJECT_API_RATE_LIMIT = 5;

/** The routed dialect, or for an unrouted path the one its prefix suggests. */
function dialectOf(router: Router, method: string, path: string): string {
  const match = router.match(method, path);
  if (match.kind === "found") return match.dialect;
  return path.startsWith(DATA_API_PREFIX) ? "data-v1" : "provider-v3";
}

export function createRequestHandler(state: SimState, router: Router, control: ControlHandler) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(state, router, control, req, res).catch((error: unknown) => {
      console.error("simulator: unexpected error", error);
      sendError(res, new ApiError(500, "Unexpected simulator error"));
    });
  };
}

async function handle(
  state: SimState,
  router: Router,
  control: ControlHandler,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://simulator.local");
  const raw = await readBody(req);
  if (raw === null) return sendError(res, new ApiError(413, "Request body is larger than 1 MB"));
  if (url.pathname.startsWith(CONTROL_PREFIX)) return control(req, res, url, raw);

  const method = req.method ?? "GET";
  const auth = parseAuthorization(req.headers.authorization);
  const keyId = auth?.key ? keyIdFor(auth.key) : null;
  const entry = logRequest(state, req, res, url, raw, auth);

  const effect = state.faults.evaluate({ method, path: url.pathname, keyId });
  if (effect.fault) entry.fault = describeFault(effect.fault);
  else if (effect.delayMs > 0) entry.fault = `latency:${effect.delayMs}ms`;
  const delay = state.config.latencyMs + effect.delayMs;
  if (delay > 0) await state.sleep(delay);
  // Neither the Data API nor the Project API documents a Retry-After on 429.
  const retryAfter = dialectOf(router, method, url.pathname) === "provider-v3";
  if (effect.fault && (await applyFault(state, res, effect.fault, retryAfter))) return;

  try {
    answer(state, router, method, url, raw, auth, req, res, entry);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    sendError(res, error);
  }
}

function answer(
  state: SimState,
  router: Router,
  method: string,
  url: URL,
  raw: string,
  auth: { scheme: string; key: string } | null,
  req: IncomingMessage,
  res: ServerResponse,
  entry: LogEntry,
): void {
  const match = router.match(method, url.pathname);
  if (match.kind === "not_found") throw new ApiError(404, `No endpoint at ${url.pathname}`);
  if (match.kind === "method_not_allowed") {
    throw new ApiError(405, `${method} is not supported here`, { Allow: match.allow.join(", ") });
  }
  if (!auth) throw new ApiError(401, 'Missing Authorization header; expected "Token <key>"');
  if (auth.scheme !== "Token" || !auth.key) {
    throw new ApiError(401, 'Authorization header must be "Token <key>"');
  }
  const account = state.keys.get(auth.key);
  if (!account) throw new ApiError(401, "Unknown or revoked API key");
  const dialect = match.dialect;
  const project = dialect === "project-api";
  // A known key whose plan lacks the Project API gets SE Ranking's 403 (Business/Enterprise
  // plans only, seranking-project-api.md §2); otherwise a key belongs to one API family.
  if (project && !account.dialects.includes("project-api")) {
    throw new ApiError(
      403,
      "The Project API is included in Business and Enterprise plans only",
      {},
      "Subscription required",
    );
  }
  // A Project-only key (a plan without Data API credits) is known to the gateway: the Data API
  // answers it with the reference's 403 "Subscription required", not 401 (data-api-v1.md §2).
  const dataless =
    !account.dialects.includes("data-v1") && account.dialects.includes("project-api");
  if (dialect === "data-v1" && dataless) {
    throw new ApiError(
      403,
      "Your plan does not include API credits. Upgrade your plan or top up your balance to get started.",
      {},
      "Subscription required",
    );
  }
  if (!account.dialects.includes(dialect as DialectName)) {
    throw new ApiError(401, `This API key is not valid for the ${dialect} API`);
  }

  const baseLimit = project
    ? // A simulator started with the rate limit off (tests) has it off here too.
      (account.rateLimit ?? (state.config.rateLimit === 0 ? 0 : PROJECT_API_RATE_LIMIT))
    : (account.rateLimit ?? state.config.rateLimit);
  // A trial account's Data API key gets 1 request/s whatever the simulator's global setting.
  const limit = dialect === "data-v1" && account.trial ? TRIAL_RATE_LIMIT : baseLimit;
  // The Project API's budget is its own (5/s), separate from the Data API's on the same key.
  const waitMs = state.limiter.take(project ? `${account.keyId}:project` : account.keyId, limit);
  if (waitMs > 0) {
    const headers: Record<string, string> =
      dialect === "provider-v3" ? { "Retry-After": String(retryAfterSeconds(waitMs)) } : {};
    throw new ApiError(
      429,
      project
        ? "The call-rate limit has been reached. Please reduce your request frequency."
        : "The call-rate limit has been reached; retry later",
      headers,
    );
  }

  if (dialect === "data-v1") {
    const json = method === "POST" ? () => parseJsonBody(req, raw) : undefined;
    assertAllowedParams(method, url.pathname, url.searchParams, json);
  }
  const result = match.route.handle({
    query: url.searchParams,
    json: () => parseJsonBody(req, raw),
    account,
    today: state.clock.today(),
    backlinksDate: state.clock.isPinned() ? state.clock.today() : null,
    params: match.params,
    rawBody: raw,
    projects: state.projects,
    recheckDelayMs: state.config.recheckDelayMs,
    now: Date.now(),
    lists: state.lists,
  });
  if (result.cost > account.credits) {
    // The Data API answers 403 "Insufficient funds" (a per-key setting still wins).
    const status =
      account.outOfCreditsStatus ?? (dialect === "data-v1" ? 403 : state.config.outOfCreditsStatus);
    const description = `This call costs ${result.cost} credits; ${account.credits} left`;
    throw new ApiError(status, description, {}, status === 403 ? "Insufficient funds" : undefined);
  }
  account.credits -= result.cost; // only successful answers are billed, as SE Ranking does
  entry.credits = result.cost;
  sendJson(res, result.status ?? 200, result.body);
}

function parseJsonBody(req: IncomingMessage, raw: string): unknown {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(400, "Content-Type must be application/json");
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, "Request body is not valid JSON");
  }
}

function logRequest(
  state: SimState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  raw: string,
  auth: { scheme: string; key: string } | null,
): LogEntry {
  const started = performance.now();
  // The presented key is scrubbed too, even when unknown: a typo'd real key is still a secret.
  const secrets = auth?.key ? [...state.keys.secrets(), auth.key] : state.keys.secrets();
  const path = redactSecrets(url.pathname, secrets);
  const search = redactSecrets(url.search, secrets);
  const body = redactSecrets(raw, secrets);
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search.text)) query[name] ??= value;
  const entry = state.log.add({
    time: new Date().toISOString(),
    method: req.method ?? "GET",
    path: path.text,
    query,
    body: bodyForLog(body.text),
    authPresent: req.headers.authorization !== undefined,
    // A header without a space is all key: only a short word is kept as the scheme.
    authScheme: auth ? (/^[A-Za-z]{1,20}$/.test(auth.scheme) ? auth.scheme : "other") : null,
    keyId: auth?.key ? keyIdFor(auth.key) : null,
    status: null,
    fault: null,
    durationMs: null,
    redacted: path.redacted || search.redacted || body.redacted,
    credits: null,
  });
  // "close" also fires for destroyed (truncated) and abandoned (timeout) answers.
  res.on("close", () => {
    entry.status = res.headersSent ? res.statusCode : null;
    entry.credits ??= entry.status === null ? null : 0;
    entry.durationMs = Math.round((performance.now() - started) * 10) / 10;
  });
  return entry;
}
