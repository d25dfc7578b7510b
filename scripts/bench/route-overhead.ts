// Route overhead: the backlink summary through the app (session, tenant, membership, cache,
// usage counting) against the same call straight to the simulator, measured with autocannon on
// loopback in one run so the ratio holds on a noisy machine.
import autocannon, { type AutocannonOptions, type AutocannonResult } from "autocannon";
import { DEMO_KEY } from "@/simulator/keys";
import { DEMO } from "../lib/seed";
import type { AppServer } from "./app-server";

export interface OverheadRow {
  case: string;
  target: "app" | "direct";
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

const DOMAIN = "example.com";

async function run(url: string, options: Omit<AutocannonOptions, "url">) {
  const result: AutocannonResult = await autocannon({ ...options, url });
  return result;
}

function row(name: string, target: "app" | "direct", r: AutocannonResult): OverheadRow {
  return {
    case: name,
    target,
    requestsPerSecond: Math.round(r.requests.average * 10) / 10,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/**
 * Cached: as fast as 10 connections go. Uncached: `refresh=1` forces an upstream call every
 * time, and the app keeps SE Ranking's 10 requests/s per key, so both sides run at a fixed
 * 8 requests/s and the figure that matters is latency added per call.
 */
export async function benchRouteOverhead(server: AppServer, cookie: string, seconds = 10) {
  const appPath = `/api/tenants/${DEMO.tenantSlug}/backlinks/summary?domain=${DOMAIN}`;
  const simPath = `/research/backlinks/summary/?domain=${DOMAIN}&domain_type=domain`;
  const appHeaders = { Cookie: cookie };
  const simHeaders = { Authorization: `Token ${DEMO_KEY}` };
  // Warm both (the first app call fills the cache; the first requests compile nothing but
  // open connections and JIT-warm the handlers).
  await run(server.url, {
    amount: 50,
    connections: 5,
    headers: appHeaders,
    requests: [{ path: appPath }],
  });
  await run(server.simUrl, {
    amount: 50,
    connections: 5,
    headers: simHeaders,
    requests: [{ path: simPath }],
  });

  const rows: OverheadRow[] = [];
  const cached = { connections: 10, duration: seconds };
  rows.push(
    row(
      "cached",
      "app",
      await run(server.url, { ...cached, headers: appHeaders, requests: [{ path: appPath }] }),
    ),
  );
  rows.push(
    row(
      "cached",
      "direct",
      await run(server.simUrl, { ...cached, headers: simHeaders, requests: [{ path: simPath }] }),
    ),
  );
  const uncached = { connections: 4, duration: seconds, overallRate: 8 };
  rows.push(
    row(
      "uncached",
      "app",
      await run(server.url, {
        ...uncached,
        headers: appHeaders,
        requests: [{ path: `${appPath}&refresh=1` }],
      }),
    ),
  );
  rows.push(
    row(
      "uncached",
      "direct",
      await run(server.simUrl, { ...uncached, headers: simHeaders, requests: [{ path: simPath }] }),
    ),
  );

  const ratios = ["cached", "uncached"].map((name) => {
    const app = rows.find((r) => r.case === name && r.target === "app")!;
    const direct = rows.find((r) => r.case === name && r.target === "direct")!;
    return {
      case: name,
      throughputRatio: round(app.requestsPerSecond / direct.requestsPerSecond),
      p50Ratio: round(app.p50Ms / Math.max(direct.p50Ms, 1)),
      p99Ratio: round(app.p99Ms / Math.max(direct.p99Ms, 1)),
      addedP50Ms: app.p50Ms - direct.p50Ms,
    };
  });
  return { rows, ratios };
}

const round = (n: number) => Math.round(n * 100) / 100;
