// The real client in dialect data-v1 against the simulator's /v1/ routes: answers equal the
// universe's data-v1 pure functions, counts agree with provider-v3's, keys are per dialect, and
// the Data API's error shapes (no Retry-After, 403 Insufficient funds) reach the client's kinds.

import { describe, expect, it } from "vitest";
import { dataV1 } from "@/lib/seranking/dialects/data-v1";
import { clientFor, failure, logged, SIM_DATE, setupSim } from "./client-against-simulator-helpers";
import { DATA_API_DEMO_KEY, DEMO_KEY, KeyStore } from "./keys";
import { DEFAULT_KEYS } from "./state";
import { summaryFor } from "./universe";
import {
  dataBacklinksFor,
  dataSummaryFor,
  domainKeywordsFor,
  keywordDatabase,
} from "./universe-data-v1";

const DATA_KEY = "sk-DATAV1-5b7e0c2a9f4d1e83";
const sim = setupSim({
  extraKeys: [{ key: DATA_KEY, credits: 1_000_000, dialects: ["data-v1"] }, { key: DEMO_KEY }],
});
const client = (key = DATA_KEY) => clientFor(sim(), { apiKey: key, dialect: dataV1 });

describe("data-v1 against the simulator", () => {
  it.each(["example.com", "empty-example.com", "authority-example.com", "seeded-7.net"])(
    "summary of %s: DT/PT from the universe, counts equal provider-v3's",
    async (domain) => {
      const got = await client().getBacklinksSummary(domain);
      const d = dataSummaryFor(domain);
      const v3 = summaryFor(domain);
      expect(got).toMatchObject({
        totalBacklinks: v3.total_backlinks,
        referringDomains: v3.referring_domains,
        referringIPs: v3.referring_ips,
        doFollowLinks: v3.dofollow_backlinks,
        noFollowLinks: v3.nofollow_backlinks,
        domainInlinkRank: d.domain_inlink_rank,
        inlinkRank: d.inlink_rank,
        trustFlow: null,
        citationFlow: null,
      });
      expect(logged(sim(), "/v1/backlinks/summary")[0]?.query).toEqual({
        target: domain,
        mode: "domain",
      });
    },
  );

  it("backlink pages 1 and 3 (sorted by DT, dofollow only) match the universe", async () => {
    const domain = "example.com";
    const limit = 25;
    const all = dataBacklinksFor(domain, {
      orderBy: "domain_inlink_rank",
      dofollowOnly: true,
      limit: limit * 3,
    }).rows;
    for (const page of [0, 2]) {
      const got = await client().getBacklinks({
        domain,
        limit,
        offset: page * limit,
        sortBy: "trust_flow",
        doFollowOnly: true,
      });
      const want = all.slice(page * limit, page * limit + limit);
      expect(got.map((r) => [r.sourceUrl, r.domainInlinkRank, r.inlinkRank])).toEqual(
        want.map((w) => [w.url_from, w.domain_inlink_rank, w.inlink_rank]),
      );
      expect(got.every((r) => r.trustFlow === null && !r.isNoFollow)).toBe(true);
    }
  });

  it("the raw cursor walks the whole list (what deep pages use)", async () => {
    const domain = "small-example.com";
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const qs = new URLSearchParams({ target: domain, mode: "domain", limit: "5" });
      if (next) qs.set("next", next);
      const res = await fetch(`${sim().url}/v1/backlinks/raw?${qs}`, {
        headers: { Authorization: `Token ${DATA_KEY}` },
      });
      const body = (await res.json()) as { backlinks: { url_from: string }[]; next: string | null };
      seen.push(...body.backlinks.map((b) => b.url_from));
      next = body.next;
    } while (next);
    const whole = dataBacklinksFor(domain, {
      orderBy: "date_found",
      dofollowOnly: false,
      limit: 10_000,
    });
    expect(seen).toEqual(whole.rows.map((r) => r.url_from));
    expect(seen).toHaveLength(summaryFor(domain).total_backlinks);
  });

  it("bulk metrics for 130 domains: two POSTs to /metrics and two to /authority, DT/PT from the latter", async () => {
    const domains = Array.from({ length: 130 }, (_, i) => `bulk-${i}-example.org`);
    const { rows, failures } = await client().getBacklinksMetrics(domains);
    expect(failures).toEqual([]);
    expect(rows).toHaveLength(130);
    for (const r of rows) {
      const d = dataSummaryFor(r.domain);
      expect(r).toEqual({
        domain: r.domain,
        trustFlow: null,
        citationFlow: null,
        domainInlinkRank: d.domain_inlink_rank,
        inlinkRank: d.inlink_rank,
        referringDomains: d.refdomains,
        totalBacklinks: d.backlinks,
      });
    }
    expect(logged(sim(), "/v1/backlinks/metrics")).toHaveLength(2);
    expect(logged(sim(), "/v1/backlinks/authority")).toHaveLength(2);
    expect(rows.some((r) => (r.domainInlinkRank ?? 0) > 0)).toBe(true);
  });

  it("keyword positions: tracked keywords picked from /v1/domain/keywords", async () => {
    const domain = "example.com";
    const ranking = domainKeywordsFor(domain, "us", SIM_DATE, 1000);
    const tracked = [ranking[0]!.keyword, ranking[3]!.keyword, "unranked gadget"];
    const before = sim().state.keys.get(DATA_KEY)!.credits;
    const got = await client().getKeywordRankings({
      domain,
      keywords: tracked,
      searchEngine: "google",
    });
    expect(got).toEqual([
      {
        keyword: tracked[0],
        position: ranking[0]!.position,
        url: ranking[0]!.url,
        volume: ranking[0]!.volume,
      },
      {
        keyword: tracked[1],
        position: ranking[3]!.position,
        url: ranking[3]!.url,
        volume: ranking[3]!.volume,
      },
      { keyword: "unranked gadget", position: null, url: null, volume: null },
    ]);
    expect(keywordDatabase()).toContain(tracked[0]);
    // The keyword filter: billed for the 2 rows that match, not the domain's whole list.
    expect(ranking.length).toBeGreaterThan(10);
    expect(before - sim().state.keys.get(DATA_KEY)!.credits).toBe(2);
  });

  it("verify reads the subscription: status and units left", async () => {
    const account = await client().verify();
    const units = sim().state.keys.get(DATA_KEY)!.credits;
    expect(account).toMatchObject({ status: "active", creditsLeft: units });
  });

  it("keys are per dialect: the Data API key fails on provider-v3, DEMO_KEY on /v1/", async () => {
    expect((await failure(clientFor(sim(), { apiKey: DATA_KEY }).verify())).kind).toBe(
      "invalid_key",
    );
    expect((await failure(client(DEMO_KEY).verify())).kind).toBe("invalid_key");
    expect((await client().verify()).status).toBe("active");
    // Start-up keys: DEMO_KEY stays provider-v3 only, DATA_API_DEMO_KEY is data-v1 only.
    const keys = new KeyStore(DEFAULT_KEYS);
    expect(keys.get(DEMO_KEY)?.dialects).toEqual(["provider-v3"]);
    expect(keys.get(DATA_API_DEMO_KEY)?.dialects).toEqual(["data-v1"]);
  });

  it("a Bearer prefix → 401 → invalid_key", async () => {
    const res = await fetch(`${sim().url}/v1/account/subscription`, {
      headers: { Authorization: `Bearer ${DATA_KEY}` },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 401 } });
  });

  it("out of credits → 403 Insufficient funds → out_of_credits", async () => {
    const key = "sk-DATAV1-poor-0001";
    sim().state.keys.set({ key, credits: 5, dialects: ["data-v1"] });
    const error = await failure(client(key).getBacklinksSummary("example.com"));
    expect(error).toMatchObject({ kind: "out_of_credits", status: 403 });
    expect(error.upstream?.message).toBe("Insufficient funds");
  });

  it("429 carries no Retry-After; the client backs off on its own and succeeds", async () => {
    sim().state.faults.add({
      kind: "status",
      status: 429,
      path: "/v1/account/subscription",
      count: 1,
    });
    const res = await fetch(`${sim().url}/v1/account/subscription`, {
      headers: { Authorization: `Token ${DATA_KEY}` },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeNull();
    sim().state.faults.add({
      kind: "status",
      status: 429,
      path: "/v1/account/subscription",
      count: 1,
    });
    expect((await client().verify()).status).toBe("active");
    expect(logged(sim(), "/v1/account/subscription").map((e) => e.status)).toEqual([429, 429, 200]);
  });
});
