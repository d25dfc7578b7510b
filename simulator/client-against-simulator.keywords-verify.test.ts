// Keyword rankings and verify() of the client, for real over HTTP against the simulator: answers
// equal the universe's, on the simulator's date and clock, and a bad key fails after one request.
import { describe, expect, it } from "vitest";
import {
  clientFor,
  errorTexts,
  expectedKeyword,
  failure,
  logged,
  logOverHttp,
  PATHS,
  SIM_DATE,
  setupSim,
  TEST_CREDITS,
  TEST_EMAIL,
  TEST_KEY,
} from "./client-against-simulator-helpers";
import { keyNeverLeaks } from "./client-key-leak";
import { DEMO_KEY, keyIdFor } from "./keys";
import { keywordCheckFor } from "./universe";

const sim = setupSim({ extraKeys: [{ key: DEMO_KEY }] });

describe("getKeywordRankings", () => {
  const keywords = [
    "seo tools",
    "backlink checker",
    "unranked widget",
    "rank tracker",
    "keyword research",
    "an unranked phrase",
    "site audit",
  ];

  it("positions, urls and volumes equal keywordCheckFor on the simulator's date", async () => {
    const got = await clientFor(sim()).getKeywordRankings({
      domain: "example.com",
      keywords,
      searchEngine: "google",
    });
    const want = keywordCheckFor("example.com", keywords, "google", "United States", SIM_DATE);
    expect(got).toEqual(want.map(expectedKeyword));
    expect(logged(sim(), PATHS.keywords)[0]?.body).toEqual({
      domain: "example.com",
      keywords,
      search_engine: "google",
      location_name: "United States",
    });
  });

  it("keywords containing 'unranked' → position and url null", async () => {
    const got = await clientFor(sim()).getKeywordRankings({
      domain: "authority-example.com",
      keywords,
      searchEngine: "bing",
    });
    for (const row of got.filter((r) => r.keyword.includes("unranked"))) {
      expect(row.position).toBeNull();
      expect(row.url).toBeNull();
    }
    expect(got.filter((r) => r.keyword.includes("unranked"))).toHaveLength(2);
  });

  it.each([
    ["bing", "United Kingdom"],
    ["yahoo", "Germany"],
  ] as const)("engine %s, location %s", async (searchEngine, location) => {
    const got = await clientFor(sim()).getKeywordRankings({
      domain: "example.com",
      keywords,
      searchEngine,
      location,
    });
    const want = keywordCheckFor("example.com", keywords, searchEngine, location, SIM_DATE);
    expect(got).toEqual(want.map(expectedKeyword));
  });

  it("follows the simulator's clock", async () => {
    const date = "2026-04-02";
    sim().state.clock.set(date);
    try {
      const got = await clientFor(sim()).getKeywordRankings({
        domain: "example.com",
        keywords,
        searchEngine: "google",
      });
      const want = keywordCheckFor("example.com", keywords, "google", "United States", date);
      expect(got).toEqual(want.map(expectedKeyword));
    } finally {
      sim().state.clock.set(SIM_DATE);
    }
  });

  it("a domain that ranks for nothing → every position null", async () => {
    const got = await clientFor(sim()).getKeywordRankings({
      domain: "empty-example.com",
      keywords,
      searchEngine: "google",
    });
    expect(got.map((r) => r.position)).toEqual(keywords.map(() => null));
  });
});

describe("verify", () => {
  it("returns the account's email, name, plan and credits", async () => {
    const account = await clientFor(sim()).verify();
    const stored = sim()
      .state.keys.list()
      .find((k) => k.keyId === keyIdFor(TEST_KEY));
    expect(stored).toBeDefined();
    expect(account).toEqual({
      email: TEST_EMAIL,
      name: "Client Simulator",
      plan: "Business (simulator)",
      creditsLeft: stored?.credits,
      creditsLimit: stored?.creditsLimit,
    });
    expect(account.creditsLeft).toBeLessThanOrEqual(TEST_CREDITS);
    expect(logged(sim(), PATHS.account)).toHaveLength(1);
  });

  it("the demo key verifies as the demo account", async () => {
    const account = await clientFor(sim(), { apiKey: DEMO_KEY }).verify();
    expect(account.email).toMatch(/@simulator\.example$/);
  });

  it("an unknown key → invalid_key after exactly one request", async () => {
    const unknown = "sk-unknown-0000000000000000";
    const error = await failure(clientFor(sim(), { apiKey: unknown }).verify());
    expect(error.kind).toBe("invalid_key");
    expect(error.status).toBe(401);
    expect(logged(sim())).toHaveLength(1);
    for (const text of [...errorTexts(error), await logOverHttp(sim())]) {
      expect(text).not.toContain(unknown);
    }
  });

  it("a revoked key → invalid_key", async () => {
    const key = "sk-revoked-1111111111111111";
    sim().state.keys.set({ key });
    const client = clientFor(sim(), { apiKey: key });
    await expect(client.verify()).resolves.toMatchObject({ email: expect.any(String) });
    sim().state.keys.remove(key);
    const error = await failure(client.verify());
    expect(error.kind).toBe("invalid_key");
  });
});

keyNeverLeaks(sim);
