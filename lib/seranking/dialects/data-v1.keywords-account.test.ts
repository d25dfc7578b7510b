// The data-v1 dialect's keyword positions and key check against msw replies built from the
// spec file's shapes (seranking-data-api-v1.md); the backlink methods are in data-v1.test.ts.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { caught, installMockServer, makeClient, server } from "@/test/support/seranking-client";
import { SERankingError } from "../errors";
import { dataV1 } from "./data-v1";
import { DOMAIN_KEYWORDS_MAX_PAGES } from "./data-v1-keywords";

installMockServer();

const API = "https://api.seranking.com";
const client = () => makeClient({ dialect: dataV1, retry: { retries: 0 } }).client;

describe("data-v1 keyword positions", () => {
  const list = [
    {
      keyword: "blue widgets",
      position: 4,
      prev_pos: 6,
      volume: 880,
      cpc: 1.2,
      url: "https://example.com/blue",
      traffic: 40,
      difficulty: 30,
    },
    {
      keyword: "widgets",
      position: 17,
      prev_pos: 15,
      volume: 5400,
      cpc: 2,
      url: "https://example.com/",
      traffic: 10,
      difficulty: 55,
    },
    { keyword: "other thing", position: 2, volume: 10, url: "https://example.com/o" },
  ];

  it("asks /v1/domain/keywords for the tracked keywords only (exact OR-groups, page 1); absent = null", async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${API}/v1/domain/keywords`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json(list);
      }),
    );
    const rows = await client().getKeywordRankings({
      domain: "example.com",
      keywords: ["Blue Widgets", "widgets", "never ranks"],
      searchEngine: "google",
      location: "United Kingdom",
    });
    const query = Object.fromEntries(url!.searchParams);
    // Names exactly as the OpenAPI spells them; values per seranking-data-api-v1.md §6.2.
    expect(query).toMatchObject({
      source: "uk",
      domain: "example.com",
      type: "organic",
      page: "1",
    });
    expect(JSON.parse(query["filter[multi_keyword_included]"]!)).toEqual([
      [{ type: "exact", value: "blue widgets" }],
      [{ type: "exact", value: "widgets" }],
      [{ type: "exact", value: "never ranks" }],
    ]);
    // Cost is per row: the page asks for a handful of rows, not the old 1,000.
    expect(Number(query.limit)).toBeLessThanOrEqual(10);
    expect(rows).toEqual([
      { keyword: "Blue Widgets", position: 4, url: list[0]!.url, volume: 880 },
      { keyword: "widgets", position: 17, url: list[1]!.url, volume: 5400 },
      { keyword: "never ranks", position: null, url: null, volume: null },
    ]);
  });

  it("walks `page` while a page comes back full, and stops when the filter is plainly ignored", async () => {
    const pages: string[] = [];
    server.use(
      http.get(`${API}/v1/domain/keywords`, ({ request }) => {
        const u = new URL(request.url);
        pages.push(u.searchParams.get("page")!);
        const limit = Number(u.searchParams.get("limit"));
        const full = Array.from({ length: limit }, (_, i) => ({
          keyword: `kw ${u.searchParams.get("page")}-${i}`,
          position: 1 + (i % 100),
        }));
        return HttpResponse.json(u.searchParams.get("page") === "1" ? full : full.slice(0, 1));
      }),
    );
    const rows = await client().getKeywordRankings({
      domain: "example.com",
      keywords: ["kw 2-0"],
      searchEngine: "google",
      location: "United States",
    });
    expect(pages).toEqual(["1", "2"]);
    expect(rows[0]).toMatchObject({ keyword: "kw 2-0", position: 1 });

    server.use(
      http.get(`${API}/v1/domain/keywords`, ({ request }) => {
        const limit = Number(new URL(request.url).searchParams.get("limit"));
        return HttpResponse.json(
          Array.from({ length: limit }, (_, i) => ({ keyword: `x${i}`, position: 1 })),
        );
      }),
    );
    const error = await caught(
      client().getKeywordRankings({
        domain: "example.com",
        keywords: ["a"],
        searchEngine: "google",
        location: "United States",
      }),
    );
    expect((error as SERankingError).kind).toBe("bad_response");
    expect(DOMAIN_KEYWORDS_MAX_PAGES).toBeGreaterThan(1);
  });

  it.each([
    ["bing", "United States", /only has Google/],
    ["google", "Springfield", /no keyword database for "Springfield"/],
  ] as const)("%s in %s → bad_request before any request", async (engine, location, message) => {
    const error = await caught(
      client().getKeywordRankings({
        domain: "example.com",
        keywords: ["x"],
        searchEngine: engine,
        location,
      }),
    );
    expect(error).toBeInstanceOf(SERankingError);
    expect((error as SERankingError).kind).toBe("bad_request");
    expect((error as SERankingError).message).toMatch(message);
  });

  it("a row with a position as text → bad_response", async () => {
    server.use(
      http.get(`${API}/v1/domain/keywords`, () =>
        HttpResponse.json([{ keyword: "widgets", position: "17" }]),
      ),
    );
    const error = await caught(
      client().getKeywordRankings({
        domain: "a.com",
        keywords: ["widgets"],
        searchEngine: "google",
      }),
    );
    expect((error as SERankingError).kind).toBe("bad_response");
  });
});

describe("data-v1 verify", () => {
  const info = {
    status: "active",
    start_date: "2026-01-01",
    expiration_date: "2027-01-01",
    units_limit: 5_000_000,
    units_left: 4_975_033,
  };

  it("reads /v1/account/subscription: status and units left", async () => {
    server.use(
      http.get(`${API}/v1/account/subscription`, () =>
        HttpResponse.json({ subscription_info: info }),
      ),
    );
    expect(await client().verify()).toEqual({
      plan: "Data API",
      status: "active",
      creditsLeft: info.units_left,
      creditsLimit: info.units_limit,
      expiresAt: info.expiration_date,
    });
  });

  it("an expired subscription → invalid_key naming the status", async () => {
    server.use(
      http.get(`${API}/v1/account/subscription`, () =>
        HttpResponse.json({ subscription_info: { ...info, status: "expired" } }),
      ),
    );
    const error = (await caught(client().verify())) as SERankingError;
    expect(error.kind).toBe("invalid_key");
    expect(error.message).toContain("expired");
  });

  it("a reply without subscription_info → bad_response", async () => {
    server.use(http.get(`${API}/v1/account/subscription`, () => HttpResponse.json({ limit: 1 })));
    expect(((await caught(client().verify())) as SERankingError).kind).toBe("bad_response");
  });

  it("labels its metrics DT/PT, never TF/CF", () => {
    expect(client().metricLabels).toMatchObject({ set: "inlink_rank", trustShort: "DT" });
    expect(client().dialectId).toBe("data-v1");
  });
});
