// The one transport path: rate limit → fetch with timeout → status mapping → JSON → zod, wrapped
// in the retry policy. Every failure leaves here as a SERankingError whose text is scrubbed of
// the key; a caller's own abort is re-thrown as-is (it is a cancellation, not an upstream fault).
import { z } from "zod";
import type { WireRequest } from "./dialects/dialect";
import { describeStatus, kindForReply, SERankingError, type UpstreamErrorInfo } from "./errors";
import type { RateGate } from "./rate-gate";
import type { Clock } from "./rate-limiter";
import { parseRetryAfter, type RetryPolicy, withRetry } from "./retry";
import type { FetchLike, SERankingLogger } from "./types";

export interface HttpContext {
  apiKey: string;
  baseUrl: string;
  headers: Record<string, string>;
  fetch: FetchLike;
  timeoutMs: number;
  retry: RetryPolicy;
  limiter: RateGate;
  clock: Clock;
  random: () => number;
  logger?: SERankingLogger;
}

const envelopeSchema = z.object({
  error: z.object({
    code: z.union([z.number(), z.string()]).optional(),
    message: z.string().optional(),
    description: z.string().optional(),
  }),
});

export function buildUrl(baseUrl: string, wire: WireRequest): string {
  const url = `${baseUrl.replace(/\/+$/, "")}${wire.path}`;
  const entries = Object.entries(wire.query ?? {}).map(([k, v]) => [k, String(v)]);
  return entries.length ? `${url}?${new URLSearchParams(entries)}` : url;
}

function readEnvelope(text: string): UpstreamErrorInfo | undefined {
  try {
    const parsed = envelopeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error : undefined;
  } catch {
    return undefined;
  }
}

/** Zod issues as "path: message" without the offending values (they may be large or private). */
function summarizeIssues(error: z.ZodError): string {
  const lines = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : "";
  return lines.join("; ") + more;
}

function parseReply<T>(ctx: HttpContext, text: string, schema: z.ZodType<T>, status: number): T {
  const redact = [ctx.apiKey];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SERankingError("bad_response", "SE Ranking sent a reply that is not JSON", {
      status,
      redact,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const detail = summarizeIssues(parsed.error);
    throw new SERankingError("bad_response", `SE Ranking sent an unexpected reply: ${detail}`, {
      status,
      redact,
    });
  }
  return parsed.data;
}

function describeTransportError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = cause?.code ?? cause?.message;
  return detail ? `${error.message} (${String(detail)})` : error.message;
}

async function attemptOnce<T>(
  ctx: HttpContext,
  wire: WireRequest,
  schema: z.ZodType<T>,
  attempt: number,
  signal?: AbortSignal,
): Promise<T> {
  signal?.throwIfAborted();
  await ctx.limiter.acquire(signal);
  const redact = [ctx.apiKey];
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const started = ctx.clock.now();
  const headers: Record<string, string> = { ...ctx.headers };
  if (wire.body !== undefined) headers["Content-Type"] = "application/json";

  const transportFailure = (error: unknown): unknown => {
    if (timedOut) {
      return new SERankingError("timeout", `SE Ranking did not answer within ${ctx.timeoutMs} ms`, {
        redact,
      });
    }
    if (signal?.aborted) return signal.reason;
    return new SERankingError(
      "upstream_unavailable",
      `Could not reach SE Ranking: ${describeTransportError(error)}`,
      { redact },
    );
  };

  try {
    let response: Response;
    let text: string;
    try {
      response = await ctx.fetch(buildUrl(ctx.baseUrl, wire), {
        method: wire.method,
        headers,
        body: wire.body === undefined ? undefined : JSON.stringify(wire.body),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      throw transportFailure(error);
    }
    const { status } = response;
    ctx.logger?.debug("seranking request", {
      method: wire.method,
      path: wire.path,
      status,
      durationMs: ctx.clock.now() - started,
      attempt,
    });
    if (!response.ok) {
      const upstream = readEnvelope(text);
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), ctx.clock.now());
      throw new SERankingError(kindForReply(status, upstream), describeStatus(status, upstream), {
        status,
        retryAfterMs,
        upstream,
        redact,
      });
    }
    return parseReply(ctx, text, schema, status);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** Sends one logical request (with retries) and returns the validated, mapped reply. */
export function request<T>(
  ctx: HttpContext,
  wire: WireRequest,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  return withRetry((n) => attemptOnce(ctx, wire, schema, n + 1, signal), {
    policy: ctx.retry,
    clock: ctx.clock,
    random: ctx.random,
    signal,
    onRetry: ({ retry, delayMs, error }) =>
      ctx.logger?.warn?.("seranking retry", {
        method: wire.method,
        path: wire.path,
        retry,
        delayMs,
        kind: error.kind,
        status: error.status,
      }),
  });
}
