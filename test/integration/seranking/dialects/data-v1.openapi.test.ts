// Every request the client can build for the Data API, checked against SE Ranking's published
// OpenAPI file read at test time (../shared/spec/seranking-data-api-openapi.yml): path, method,
// every parameter name and every enum value. The upstream is a recorder that answers 400, so no
// reply shape is assumed here: this test shares nothing with the client's own schemas.
import { describe, expect, it } from "vitest";
import { SERankingClient } from "@/lib/seranking/client";
import { dataV1 } from "@/lib/seranking/dialects/data-v1";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";
import type { BacklinksSortBy } from "@/lib/seranking/types";
import { loadOpenApi, operationSpec } from "@/simulator/reference/openapi";

interface Sent {
  method: string;
  path: string;
  query: [string, string][];
  body: unknown;
}

function recordingClient() {
  const sent: Sent[] = [];
  const client = new SERankingClient({
    apiKey: "00000000-0000-4000-8000-000000000000",
    dialect: dataV1,
    baseUrl: "https://api.seranking.com",
    retry: { retries: 0 },
    rateLimitPerSecond: 10_000,
    rateLimiters: new RateLimiterRegistry(),
    fetch: async (url, init) => {
      const u = new URL(url);
      sent.push({
        method: init?.method ?? "GET",
        path: u.pathname,
        query: [...u.searchParams.entries()],
        body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
      });
      const error = { error: { code: 400, message: "Bad Request", description: "recorder" } };
      return new Response(JSON.stringify(error), { status: 400 });
    },
  });
  return { client, sent };
}

const SORTS: BacklinksSortBy[] = ["trust_flow", "citation_flow", "first_seen"];

/** Runs every client method with every option it has; returns each request that went out. */
async function everyRequest(): Promise<Sent[]> {
  const { client, sent } = recordingClient();
  const calls: Promise<unknown>[] = [
    client.getBacklinksSummary("example.com"),
    client.verify(),
    client.getBacklinksMetrics(Array.from({ length: 150 }, (_, i) => `d${i}.example`)),
  ];
  for (const sortBy of SORTS) {
    for (const doFollowOnly of [false, true]) {
      // Within /all's 10,000 rows, and deep (the stateless /raw path).
      for (const offset of [0, 9_950, 20_000]) {
        calls.push(
          client.getBacklinks({ domain: "example.com", sortBy, doFollowOnly, offset, limit: 50 }),
        );
      }
    }
    for (const cursor of [undefined, "Pju9uZR4A2dylhvnUQ1UAu1NWfBjWoutYn_z2MHc"]) {
      calls.push(client.getBacklinksRawPage({ domain: "example.com", sortBy, limit: 50, cursor }));
    }
  }
  for (const orderBy of ["date_found", "domain_inlink_rank", "inlink_rank"] as const) {
    calls.push(client.getRefdomains({ domain: "example.com", orderBy, limit: 10_000 }));
  }
  for (const orderBy of ["backlinks", "refdomains"] as const) {
    calls.push(client.getAnchors({ domain: "example.com", orderBy, limit: 1 }));
  }
  for (const location of ["United States", "United Kingdom", "Germany"]) {
    calls.push(
      client.getKeywordRankings({
        domain: "example.com",
        keywords: ["seo tools", "rank tracker"],
        searchEngine: "google",
        location,
      }),
    );
  }
  for (const type of ["new", "lost"] as const) {
    const q = { domain: "example.com", type, dateFrom: "2026-11-02", dateTo: "2026-11-08" };
    calls.push(client.getBacklinksHistory({ ...q, limit: 10_000 }));
    calls.push(client.getRefdomainsHistory({ ...q, limit: 100 }));
  }
  await Promise.allSettled(calls);
  return sent;
}

describe("data-v1 requests against SE Ranking's OpenAPI", () => {
  it("every path, method, parameter name and enum value is in the published OpenAPI", async () => {
    const doc = loadOpenApi();
    const sent = await everyRequest();
    const problems: string[] = [];
    for (const r of sent) {
      const where = `${r.method} ${r.path}`;
      const spec = operationSpec(doc, r.method, r.path);
      if (!spec) {
        problems.push(`${where}: no such operation in the OpenAPI`);
        continue;
      }
      for (const [rawName, value] of r.query) {
        const name = rawName.replace(/\[\]$/, "");
        if (!spec.query.has(name)) problems.push(`${where}: query "${name}" is not a parameter`);
        const allowed = spec.query.get(name);
        if (allowed && !allowed.includes(value)) {
          problems.push(`${where}: ${name}=${value} is not one of ${allowed.join("|")}`);
        }
        // The API rejects optional enum parameters sent empty (reference §1).
        if (value === "") problems.push(`${where}: ${name} is sent empty`);
      }
      if (r.body !== undefined) {
        if (!spec.body) problems.push(`${where}: sends a body the OpenAPI does not show`);
        const getSpec = operationSpec(doc, "GET", r.path);
        for (const [key, value] of Object.entries(r.body as Record<string, unknown>)) {
          if (!spec.body?.includes(key)) problems.push(`${where}: body key "${key}" is unknown`);
          // A POST body's enum values are the GET form's (the POST has only an example).
          const allowed = getSpec?.query.get(key);
          if (allowed && typeof value === "string" && !allowed.includes(value)) {
            problems.push(`${where}: body ${key}=${value} is not one of ${allowed.join("|")}`);
          }
        }
        const targets = (r.body as { target?: unknown }).target;
        if (Array.isArray(targets) && targets.length > 100) {
          problems.push(`${where}: ${targets.length} targets (the batch limit is 100)`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The walk reached every kind of request the client has.
    const kinds = new Set(sent.map((r) => `${r.method} ${r.path}`));
    expect([...kinds].sort()).toEqual(
      [
        "GET /v1/account/subscription",
        "GET /v1/backlinks/all",
        "GET /v1/backlinks/anchors",
        "GET /v1/backlinks/history",
        "GET /v1/backlinks/raw",
        "GET /v1/backlinks/refdomains",
        "GET /v1/backlinks/refdomains/history",
        "GET /v1/backlinks/summary",
        "GET /v1/domain/keywords",
        "POST /v1/backlinks/authority",
        "POST /v1/backlinks/metrics",
      ].sort(),
    );
  });

  it("/raw never carries a filter: dofollow is the caller's job there", async () => {
    const sent = await everyRequest();
    const raw = sent.filter((r) => r.path === "/v1/backlinks/raw");
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.flatMap((r) => r.query.map(([k]) => k)).filter((k) => k.includes("filter"))).toEqual(
      [],
    );
  });
});
