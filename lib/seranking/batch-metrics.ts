// Bulk backlink metrics: any number of domains, sent in batches of at most `batchSize`, a bounded
// number at a time. Each batch is reported as it finishes so callers can persist progressively,
// and a failed batch (after retries) fails only its own domains — never the whole run.
import { normalizeDomain } from "./domain";
import { SERankingError, type SERankingErrorKind } from "./errors";
import type { BacklinksMetricsRow } from "./types";

export interface MetricsProgress {
  /** Domains finished (with a row or a failure), invalid ones included. */
  done: number;
  total: number;
  failed: number;
  /**
   * Upstream requests finished and planned: a dialect that needs two calls per batch (data-v1:
   * counts from /metrics, DT/PT from /authority) counts both kinds here.
   */
  requestsDone: number;
  requestsTotal: number;
}

export interface MetricsBatch {
  index: number;
  domains: string[];
  rows: BacklinksMetricsRow[];
  error?: SERankingError;
  /** Upstream requests this batch made (1, or 2 with a separate authority call). */
  requests: number;
}

export interface MetricsFailure {
  /** The normalised domain, or the raw input when it could not be normalised. */
  domain: string;
  kind: SERankingErrorKind;
  message: string;
}

export interface BacklinksMetricsOptions {
  onProgress?: (progress: MetricsProgress) => void;
  /** Awaited: the next batch result is not reported before this resolves. */
  onBatch?: (batch: MetricsBatch) => void | Promise<void>;
  concurrency?: number;
  signal?: AbortSignal;
}

/**
 * Deliberately not the spec's bare array: with partial failures a caller must know which domains
 * have no row and why.
 */
export interface BacklinksMetricsResult {
  rows: BacklinksMetricsRow[];
  failures: MetricsFailure[];
}

// After these, every further batch would fail the same way: stop calling, fail the rest.
const FATAL: ReadonlySet<SERankingErrorKind> = new Set([
  "invalid_key",
  "out_of_credits",
  "subscription_required",
]);

export interface RunMetricsParams {
  inputs: readonly string[];
  batchSize: number;
  concurrency: number;
  /** Calls `requestDone` as each of its upstream requests finishes, failed ones included. */
  fetchBatch: (
    domains: string[],
    signal: AbortSignal | undefined,
    requestDone: () => void,
  ) => Promise<BacklinksMetricsRow[]>;
  /** Upstream requests one batch makes (default 1). */
  requestsPerBatch?: number;
  options: BacklinksMetricsOptions;
}

export async function runMetricsBatches(p: RunMetricsParams): Promise<BacklinksMetricsResult> {
  const { onProgress, onBatch, signal } = p.options;
  const order: string[] = []; // unique keys in input order: domain, or "!" + raw invalid input
  const failures = new Map<string, MetricsFailure>();
  const rows = new Map<string, BacklinksMetricsRow>();
  const valid: string[] = [];
  const seen = new Set<string>();
  for (const input of p.inputs) {
    const r = normalizeDomain(input);
    const key = r.ok ? r.domain : `!${input}`;
    if (seen.has(key)) continue;
    seen.add(key);
    order.push(key);
    if (r.ok) valid.push(r.domain);
    else
      failures.set(key, { domain: input, kind: "bad_request", message: `"${input}": ${r.reason}` });
  }

  const batches: string[][] = [];
  for (let i = 0; i < valid.length; i += p.batchSize) batches.push(valid.slice(i, i + p.batchSize));
  const perBatch = p.requestsPerBatch ?? 1;
  const progress = {
    done: failures.size,
    total: order.length,
    failed: failures.size,
    requestsDone: 0,
    requestsTotal: batches.length * perBatch,
  };
  let next = 0;
  let fatal: SERankingError | undefined;
  let stop: { error: unknown } | undefined;

  const finish = async (
    index: number,
    domains: string[],
    got: BacklinksMetricsRow[],
    error?: SERankingError,
  ) => {
    for (const row of got) rows.set(row.domain, row);
    const failedHere = domains.filter((d) => !rows.has(d));
    for (const d of failedHere) {
      failures.set(d, {
        domain: d,
        kind: error?.kind ?? "bad_response",
        message: error?.message ?? "SE Ranking's reply had no metrics for this domain",
      });
    }
    progress.done += domains.length;
    progress.failed += failedHere.length;
    onProgress?.({ ...progress });
    await onBatch?.({ index, domains, rows: got, requests: perBatch, ...(error && { error }) });
  };

  const runOne = async (index: number, domains: string[]) => {
    if (fatal) {
      progress.requestsDone += perBatch; // never sent: nothing left to wait for
      return finish(index, domains, [], fatal);
    }
    const requestDone = () => {
      progress.requestsDone++;
      // With one request per batch the batch's own report says it; with two, each one counts.
      if (perBatch > 1) onProgress?.({ ...progress });
    };
    try {
      const reply = await p.fetchBatch(domains, signal, requestDone);
      // Match by normalised domain, and report rows under the domain the caller knows.
      const wanted = new Set(domains);
      const got: BacklinksMetricsRow[] = [];
      for (const row of reply) {
        const n = normalizeDomain(row.domain);
        if (n.ok && wanted.delete(n.domain)) got.push({ ...row, domain: n.domain });
      }
      await finish(index, domains, got);
    } catch (error) {
      if (!(error instanceof SERankingError)) throw error;
      if (FATAL.has(error.kind)) fatal ??= error;
      await finish(index, domains, [], error);
    }
  };

  const worker = async () => {
    while (!stop && next < batches.length) {
      if (signal?.aborted) {
        stop = { error: signal.reason };
        return;
      }
      const index = next++;
      try {
        await runOne(index, batches[index]!);
      } catch (error) {
        stop ??= { error };
      }
    }
  };

  const workers = Math.max(1, Math.min(p.concurrency, batches.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (stop) throw stop.error;
  if (batches.length === 0) onProgress?.({ ...progress });

  return {
    rows: order.flatMap((k) => rows.get(k) ?? []),
    failures: order.flatMap((k) => failures.get(k) ?? []),
  };
}
