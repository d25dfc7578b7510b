// The floor, measured in the same run as the app's own figures: a bare route handler and a bare
// dashboard page (bench-only routes, BENCH_FLOOR=on), against the cached backlink summary and
// two real pages. The ratios say how much of a request's cost is ours and how much is Next's.
import autocannon, { type AutocannonResult } from "autocannon";
import { DEMO } from "../lib/seed";
import type { AppServer } from "./app-server";

export interface FloorRow {
  request: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

const CASES = [
  { request: "floor: bare route handler", path: "/api/bench/floor" },
  {
    request: "api backlinks summary (cached)",
    path: `/api/tenants/${DEMO.tenantSlug}/backlinks/summary?domain=example.com`,
  },
  { request: "floor: bare page in the dashboard layout", path: `/${DEMO.tenantSlug}/bench-floor` },
  { request: "page overview", path: `/${DEMO.tenantSlug}` },
  { request: "page backlinks", path: `/${DEMO.tenantSlug}/backlinks?domain=example.com` },
] as const;

function row(request: string, r: AutocannonResult): FloorRow {
  return {
    request,
    requestsPerSecond: Math.round(r.requests.average * 10) / 10,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** 10 connections, as fast as they go, `seconds` per case, one case after another. */
export async function benchFloor(server: AppServer, cookie: string, seconds = 10) {
  const headers = { Cookie: cookie };
  const rows: FloorRow[] = [];
  for (const c of CASES) {
    const url = `${server.url}${c.path}`;
    await autocannon({ url, amount: 30, connections: 5, headers }); // warm: JIT, connections, cache
    rows.push(
      row(c.request, await autocannon({ url, connections: 10, duration: seconds, headers })),
    );
  }
  const rate = (name: string) => rows.find((r) => r.request.startsWith(name))!.requestsPerSecond;
  const ratio = (ours: string, floor: string) => ({
    ours,
    floor,
    throughputOfFloor: Math.round((rate(ours) / rate(floor)) * 100) / 100,
  });
  const ratios = [
    ratio("api backlinks summary", "floor: bare route handler"),
    ratio("page overview", "floor: bare page"),
    ratio("page backlinks", "floor: bare page"),
  ];
  return { rows, ratios };
}
