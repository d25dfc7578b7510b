// Bulk metrics on the Data API: counts from /v1/backlinks/metrics (no ranks there, per the
// reference) and DT/PT from /v1/backlinks/authority, both batched ≤100 and joined per domain.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { installMockServer, makeClient, server } from "@/test/support/seranking-client";
import type { MetricsProgress } from "../batch-metrics";
import { estimateMetricsRun } from "../costs";
import { dataV1 } from "./data-v1";

installMockServer();

const API = "https://api.seranking.com";
const client = () => makeClient({ dialect: dataV1 }).client;

type Body = { target: string[]; mode?: string };

/** Reference shapes: {"metrics":[counts]} and {"pages":[{url, inlink_rank, domain_inlink_rank}]}. */
function upstream(opts: { authorityStatus?: (b: Body) => number } = {}) {
  const seen = { metrics: [] as Body[], authority: [] as Body[] };
  server.use(
    http.post(`${API}/v1/backlinks/metrics`, async ({ request }) => {
      const body = (await request.json()) as Body;
      seen.metrics.push(body);
      return HttpResponse.json({
        metrics: body.target.map((t, i) => ({ target: t, backlinks: 100 + i, refdomains: 10 + i })),
      });
    }),
    http.post(`${API}/v1/backlinks/authority`, async ({ request }) => {
      const body = (await request.json()) as Body;
      seen.authority.push(body);
      const status = opts.authorityStatus?.(body) ?? 200;
      if (status !== 200) {
        return HttpResponse.json({ error: { code: status, message: "Boom" } }, { status });
      }
      return HttpResponse.json({
        pages: body.target.map((t, i) => ({
          url: `https://${t}/`,
          inlink_rank: (i * 3) % 101,
          domain_inlink_rank: i % 101,
        })),
      });
    }),
  );
  return seen;
}

describe("data-v1 bulk metrics with DT/PT", () => {
  it("sends ≤100 targets to /metrics and to /authority (no mode there), and joins them", async () => {
    const seen = upstream();
    const domains = Array.from({ length: 150 }, (_, i) => `d${i}.test`);
    const { rows, failures } = await client().getBacklinksMetrics(domains);
    expect(seen.metrics.map((b) => b.target.length).sort()).toEqual([100, 50]);
    expect(seen.authority.map((b) => b.target.length).sort()).toEqual([100, 50]);
    expect(seen.metrics.every((b) => b.mode === "domain")).toBe(true);
    expect(seen.authority.every((b) => !("mode" in b))).toBe(true);
    expect(failures).toEqual([]);
    expect(rows[101]).toEqual({
      domain: "d101.test",
      trustFlow: null,
      citationFlow: null,
      domainInlinkRank: 1,
      inlinkRank: 3,
      referringDomains: 11,
      totalBacklinks: 101,
    });
  });

  it("progress counts both kinds of batch; the estimate names the same number of requests", async () => {
    upstream();
    const domains = Array.from({ length: 250 }, (_, i) => `p${i}.test`);
    const seen: MetricsProgress[] = [];
    await client().getBacklinksMetrics(domains, { onProgress: (p) => seen.push(p) });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ done: 250, total: 250, requestsDone: 6, requestsTotal: 6 });
    expect(estimateMetricsRun(dataV1, 250)).toEqual({ requests: 6, credits: 500 });
    // Every request finishing moves the counter: six distinct values on the way up.
    expect(new Set(seen.map((p) => p.requestsDone)).size).toBe(6);
  });

  it("a failed /authority batch fails only its own domains, with the reason", async () => {
    upstream({ authorityStatus: (b) => (b.target.includes("f0.test") ? 400 : 200) });
    const domains = Array.from({ length: 150 }, (_, i) => `f${i}.test`);
    const { rows, failures } = await client().getBacklinksMetrics(domains, { concurrency: 1 });
    expect(failures).toHaveLength(100);
    expect(failures[0]).toMatchObject({ domain: "f0.test", kind: "bad_request" });
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r.domainInlinkRank !== null)).toBe(true);
  });

  it("a domain the /authority reply leaves out fails; it is never stored with blank DT/PT", async () => {
    server.use(
      http.post(`${API}/v1/backlinks/metrics`, () =>
        HttpResponse.json({
          metrics: [
            { target: "a.test", backlinks: 5, refdomains: 2 },
            { target: "b.test", backlinks: 7, refdomains: 3 },
          ],
        }),
      ),
      http.post(`${API}/v1/backlinks/authority`, () =>
        HttpResponse.json({
          pages: [{ url: "https://a.test/", inlink_rank: 20, domain_inlink_rank: 30 }],
        }),
      ),
    );
    const { rows, failures } = await client().getBacklinksMetrics(["a.test", "b.test"]);
    expect(rows).toEqual([expect.objectContaining({ domain: "a.test", domainInlinkRank: 30 })]);
    expect(failures).toMatchObject([{ domain: "b.test", kind: "bad_response" }]);
  });

  it("a bare array (not {metrics}) fails its domains as bad_response", async () => {
    upstream();
    server.use(
      http.post(`${API}/v1/backlinks/metrics`, () =>
        HttpResponse.json([{ target: "a.test", backlinks: 5, refdomains: 2 }]),
      ),
    );
    const { rows, failures } = await client().getBacklinksMetrics(["a.test"]);
    expect(rows).toEqual([]);
    expect(failures).toMatchObject([{ domain: "a.test", kind: "bad_response" }]);
  });
});
