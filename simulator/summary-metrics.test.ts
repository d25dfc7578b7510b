import { describe, expect, it } from "vitest";
import { startSimulator } from "./start-simulator";
import { call, callJson, isEnvelope, setupSimulator } from "./test-helpers";
import { type BacklinksSummary, metricsFor, summaryFor } from "./universe";

const sim = setupSimulator();
const summaryPath = (domain: string) =>
  `/research/backlinks/summary/?domain=${encodeURIComponent(domain)}&domain_type=domain`;

describe("GET /research/backlinks/summary/", () => {
  it("answers the spec's fields, equal to summaryFor()", async () => {
    for (const domain of [
      "example.com",
      "spammy-example.com",
      "empty-example.com",
      "random-site.net",
    ]) {
      const { status, body } = await callJson<BacklinksSummary>(sim(), summaryPath(domain));
      expect(status).toBe(200);
      expect(body).toEqual(summaryFor(domain));
      expect(Object.keys(body).sort()).toEqual(
        [
          "citation_flow",
          "dofollow_backlinks",
          "domain_trust_score",
          "nofollow_backlinks",
          "referring_domains",
          "referring_ips",
          "total_backlinks",
          "trust_flow",
        ].sort(),
      );
      expect(body.dofollow_backlinks + body.nofollow_backlinks).toBe(body.total_backlinks);
    }
  });

  it("matches the list's total and is the same after a restart", async () => {
    const domain = "some-shop.de";
    const list = await callJson<{ total: number }>(sim(), `/research/backlinks/?domain=${domain}`);
    const first = await callJson<BacklinksSummary>(sim(), summaryPath(domain));
    expect(list.body.total).toBe(first.body.total_backlinks);
    const other = await startSimulator({ rateLimit: 0 });
    try {
      expect((await callJson(other, summaryPath(domain))).body).toEqual(first.body);
    } finally {
      await other.close();
    }
  });

  it("rejects a missing domain with 400", async () => {
    const { status, body } = await callJson(sim(), "/research/backlinks/summary/");
    expect(status).toBe(400);
    expect(isEnvelope(body, 400)).toBe(true);
  });
});

describe("POST /research/backlinks/metrics/", () => {
  const path = "/research/backlinks/metrics/";

  it("answers one row per domain, in request order, numbers equal to the summary", async () => {
    const domains = ["zeta.com", "Example.com", "empty-example.com", "alpha.io", "zeta.com"];
    const { status, body } = await callJson<unknown[]>(sim(), path, { body: { domains } });
    expect(status).toBe(200);
    expect(body).toEqual(domains.map(metricsFor));
    const summary = summaryFor("example.com");
    expect(body[1]).toMatchObject({
      trust_flow: summary.trust_flow,
      total_backlinks: summary.total_backlinks,
    });
  });

  it("accepts exactly 100 domains and rejects 101 with 400", async () => {
    const domains = Array.from({ length: 101 }, (_, i) => `d${i}.com`);
    expect((await call(sim(), path, { body: { domains: domains.slice(0, 100) } })).status).toBe(
      200,
    );
    const { status, body } = await callJson(sim(), path, { body: { domains } });
    expect(status).toBe(400);
    expect(isEnvelope(body, 400)).toBe(true);
  });

  it.each([
    ["non-JSON body", "domains=a.com"],
    ["missing domains", {}],
    ["empty domains", { domains: [] }],
    ["domains not an array", { domains: "a.com" }],
    ["an invalid domain", { domains: ["a.com", "???"] }],
  ])("rejects %s with 400", async (_name, body) => {
    const res = await callJson(sim(), path, { body });
    expect(res.status).toBe(400);
    expect(isEnvelope(res.body, 400)).toBe(true);
  });

  it("requires a JSON Content-Type, like the real API", async () => {
    const res = await fetch(`${sim().url}${path}`, {
      method: "POST",
      headers: { Authorization: `Token ${(await import("./keys")).DEMO_KEY}` },
      body: JSON.stringify({ domains: ["a.com"] }),
    });
    expect(res.status).toBe(400);
  });
});
