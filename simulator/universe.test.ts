import { describe, expect, it } from "vitest";
import {
  backlinksFor,
  MAX_LIST_ROWS,
  metricsFor,
  NAMED_DOMAINS,
  normalizeDomain,
  profileFor,
  summaryFor,
} from "./universe";

const sampleDomains = Array.from({ length: 400 }, (_, i) => `site-${i}.example.org`);

describe("universe (pure functions)", () => {
  it("is deterministic: same domain, same numbers and rows", () => {
    expect(summaryFor("example.net")).toEqual(summaryFor("example.net"));
    expect(backlinksFor("example.net")).toEqual(backlinksFor("example.net"));
  });

  it("normalises domains so spellings of one site agree", () => {
    expect(normalizeDomain("HTTPS://www.Example.com:443/path?q=1")).toBe("example.com");
    expect(summaryFor("https://www.example.com/")).toEqual(summaryFor("example.com"));
  });

  it("keeps summary totals consistent with its own list", () => {
    for (const domain of ["example.com", "small-example.com", "spammy-example.com", "site-7.io"]) {
      const summary = summaryFor(domain);
      const rows = backlinksFor(domain);
      expect(rows).toHaveLength(summary.total_backlinks);
      expect(summary.dofollow_backlinks + summary.nofollow_backlinks).toBe(summary.total_backlinks);
      expect(rows.filter((r) => r.nofollow)).toHaveLength(summary.nofollow_backlinks);
      const sources = new Set(rows.map((r) => new URL(r.source_url).hostname));
      expect(sources.size).toBe(summary.referring_domains);
      expect(summary.referring_ips).toBeLessThanOrEqual(summary.referring_domains);
    }
  });

  it("serves rows that look like backlinks of that domain", () => {
    for (const row of backlinksFor("example.com").slice(0, 200)) {
      expect(new URL(row.target_url).hostname).toBe("example.com");
      expect(row.source_url).toMatch(/^https:\/\/[a-z0-9.-]+\/\S+$/);
      expect(row.anchor_text.length).toBeGreaterThan(0);
      expect(row.first_seen <= row.last_seen).toBe(true);
      expect(row.first_seen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const flow of [row.trust_flow, row.citation_flow]) {
        expect(Number.isInteger(flow) && flow >= 0 && flow <= 100).toBe(true);
      }
    }
  });

  it("uses the documented named profiles", () => {
    expect(summaryFor("empty-example.com")).toMatchObject({ total_backlinks: 0, trust_flow: 0 });
    expect(backlinksFor("empty-example.com")).toEqual([]);
    const spam = summaryFor("spammy-example.com");
    expect(spam.trust_flow / spam.citation_flow).toBeLessThan(0.5);
    expect(summaryFor("small-example.com").total_backlinks).toBe(12);
    expect(summaryFor("authority-example.com").total_backlinks).toBe(5000);
    expect(summaryFor("deep-example.com").total_backlinks).toBe(10_000);
    expect(summaryFor("giant-example.com").total_backlinks).toBe(MAX_LIST_ROWS);
    for (const name of Object.keys(NAMED_DOMAINS))
      expect(profileFor(name)).toBe(NAMED_DOMAINS[name]);
  });

  it("gives random domains a plausible spread of profiles", () => {
    const profiles = sampleDomains.map((d) => profileFor(d));
    const useful = profiles.filter((p) => p.totalBacklinks >= 100 && p.totalBacklinks <= 5000);
    expect(useful.length / profiles.length).toBeGreaterThan(0.85);
    expect(profiles.every((p) => p.totalBacklinks <= MAX_LIST_ROWS)).toBe(true);
    const empty = profiles.filter((p) => p.kind === "empty");
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((p) => p.trustFlow === 0 && p.citationFlow === 0)).toBe(true);
    const spammy = profiles.filter((p) => p.kind === "spammy");
    expect(spammy.length).toBeGreaterThan(10);
    expect(spammy.every((p) => p.trustFlow / p.citationFlow < 0.5)).toBe(true);
    const linked = profiles.filter((p) => p.kind !== "empty");
    const tfAtMostCf = linked.filter((p) => p.trustFlow <= p.citationFlow);
    expect(tfAtMostCf.length / linked.length).toBeGreaterThan(0.75);
  });

  it("makes metricsFor echo the domain and match the summary", () => {
    const summary = summaryFor("example.com");
    expect(metricsFor("Example.com")).toEqual({
      domain: "Example.com",
      trust_flow: summary.trust_flow,
      citation_flow: summary.citation_flow,
      referring_domains: summary.referring_domains,
      total_backlinks: summary.total_backlinks,
    });
  });
});
