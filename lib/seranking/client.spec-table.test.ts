// The provider spec's test table, row by row (the acceptance test of the wire contract).
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  BASE,
  CANARY_KEY,
  caught,
  installMockServer,
  makeClient,
  metricsRow,
  server,
  summaryFixture,
} from "@/test/support/seranking-client";
import { SERankingError } from "./errors";

installMockServer();

describe("SE Ranking provider spec test table", () => {
  it("getBacklinksSummary() sends Token <key> auth header", async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${BASE}/research/backlinks/summary/`, ({ request }) => {
        seen = request;
        return HttpResponse.json(summaryFixture);
      }),
    );
    await makeClient().client.getBacklinksSummary("example.com");
    expect(seen?.headers.get("authorization")).toBe(`Token ${CANARY_KEY}`);
    expect(seen?.headers.get("accept")).toBe("application/json");
    const url = new URL(seen!.url);
    expect(url.searchParams.get("domain")).toBe("example.com");
    expect(url.searchParams.get("domain_type")).toBe("domain");
  });

  it("getBacklinksSummary() maps all response fields", async () => {
    server.use(
      http.get(`${BASE}/research/backlinks/summary/`, () => HttpResponse.json(summaryFixture)),
    );
    const result = await makeClient().client.getBacklinksSummary("example.com");
    expect(result).toEqual({
      domain: "example.com",
      totalBacklinks: 22407,
      referringDomains: 2329,
      referringIPs: 1961,
      trustFlow: 41,
      citationFlow: 57,
      domainScore: 68,
      noFollowLinks: 3718,
      doFollowLinks: 18689,
    });
  });

  it("getBacklinks() applies doFollowOnly filter", async () => {
    const urls: URL[] = [];
    server.use(
      http.get(`${BASE}/research/backlinks/`, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json({
          backlinks: [
            {
              source_url: "https://blog.test/post",
              target_url: "https://example.com/",
              anchor_text: "Example",
              trust_flow: 20,
              citation_flow: 30,
              nofollow: false,
              first_seen: "2024-01-02",
              last_seen: "2024-06-01",
            },
          ],
        });
      }),
    );
    const { client } = makeClient();
    const rows = await client.getBacklinks({
      domain: "example.com",
      doFollowOnly: true,
      limit: 10,
      offset: 20,
      sortBy: "first_seen",
    });
    await client.getBacklinks({ domain: "example.com" });

    expect(urls[0]!.pathname).toBe("/research/backlinks/");
    expect(Object.fromEntries(urls[0]!.searchParams)).toEqual({
      domain: "example.com",
      domain_type: "domain",
      limit: "10",
      offset: "20",
      sort_by: "first_seen",
      filter_dofollow: "1",
    });
    // Spec defaults: limit 50, offset 0, sort_by trust_flow, filter_dofollow 0.
    expect(Object.fromEntries(urls[1]!.searchParams)).toEqual({
      domain: "example.com",
      domain_type: "domain",
      limit: "50",
      offset: "0",
      sort_by: "trust_flow",
      filter_dofollow: "0",
    });
    expect(rows).toEqual([
      {
        sourceUrl: "https://blog.test/post",
        targetUrl: "https://example.com/",
        anchorText: "Example",
        trustFlow: 20,
        citationFlow: 30,
        isNoFollow: false,
        firstSeen: "2024-01-02",
        lastSeen: "2024-06-01",
      },
    ]);
  });

  it("getBacklinksMetrics() POSTs domains array", async () => {
    let body: unknown;
    let contentType: string | null = null;
    server.use(
      http.post(`${BASE}/research/backlinks/metrics/`, async ({ request }) => {
        body = await request.json();
        contentType = request.headers.get("content-type");
        return HttpResponse.json([metricsRow("a.com"), metricsRow("b.org")]);
      }),
    );
    const result = await makeClient().client.getBacklinksMetrics(["a.com", "b.org"]);
    expect(body).toEqual({ domains: ["a.com", "b.org"] });
    expect(contentType).toBe("application/json");
    expect(result.rows).toEqual([
      {
        domain: "a.com",
        trustFlow: 12,
        citationFlow: 34,
        referringDomains: 56,
        totalBacklinks: 789,
      },
      {
        domain: "b.org",
        trustFlow: 12,
        citationFlow: 34,
        referringDomains: 56,
        totalBacklinks: 789,
      },
    ]);
    expect(result.failures).toEqual([]);
  });

  it("getKeywordRankings() returns null position for unranked keywords", async () => {
    let body: unknown;
    server.use(
      http.post(`${BASE}/keywords/check/`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json([
          { keyword: "seo tools", position: 4, url: "https://example.com/tools", volume: 9900 },
          { keyword: "obscure phrase", position: null, url: null, volume: null },
        ]);
      }),
    );
    const rows = await makeClient().client.getKeywordRankings({
      domain: "example.com",
      keywords: ["seo tools", "obscure phrase"],
      searchEngine: "google",
    });
    expect(body).toEqual({
      domain: "example.com",
      keywords: ["seo tools", "obscure phrase"],
      search_engine: "google",
      location_name: "United States",
    });
    expect(rows[1]).toEqual({ keyword: "obscure phrase", position: null, url: null, volume: null });
    expect(rows[0]!.position).toBe(4);
  });

  it("verify() throws on invalid API key", async () => {
    server.use(http.get(`${BASE}/system/account/`, () => HttpResponse.json({})));
    const error = await caught(makeClient().client.verify());
    expect(error).toBeInstanceOf(SERankingError);
    expect((error as SERankingError).kind).toBe("invalid_key");
    expect((error as SERankingError).message).toMatch(/verification failed/i);
  });
});

describe("verify() on a valid key", () => {
  it("returns the account email and the extras it recognises", async () => {
    let auth: string | null = null;
    server.use(
      http.get(`${BASE}/system/account/`, ({ request }) => {
        auth = request.headers.get("authorization");
        return HttpResponse.json({
          email: "owner@example.com",
          plan: "Pro",
          units_left: 1200,
          foo: 1,
        });
      }),
    );
    const account = await makeClient().client.verify();
    expect(auth).toBe(`Token ${CANARY_KEY}`);
    expect(account).toEqual({ email: "owner@example.com", plan: "Pro", creditsLeft: 1200 });
  });
});
