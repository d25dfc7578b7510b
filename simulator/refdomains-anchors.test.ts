// The simulator's referring domains and anchors agree with the backlink list they are built
// from and with the summary's counts, and follow the documented orders.
import { describe, expect, it } from "vitest";
import { allBacklinkRows } from "./backlink-rows";
import { anchorsFor, refdomainsFor } from "./refdomains-anchors";
import { dataSummaryFor } from "./universe-data-v1";

const ALL = 10_000;

describe.each(["example.com", "spammy-example.com", "small-example.com"])("%s", (domain) => {
  const summary = dataSummaryFor(domain);
  const rows = allBacklinkRows(domain);

  it("one row per distinct linking host: the summary's refdomains; links add up", () => {
    const refdomains = refdomainsFor(domain, { orderBy: "domain_inlink_rank", limit: ALL });
    expect(refdomains).toHaveLength(summary.refdomains);
    expect(new Set(refdomains.map((d) => d.refdomain)).size).toBe(summary.refdomains);
    expect(refdomains.reduce((n, d) => n + d.backlinks, 0)).toBe(summary.backlinks);
    expect(refdomains.reduce((n, d) => n + d.dofollow_backlinks, 0)).toBe(
      summary.dofollow_backlinks,
    );
  });

  it("a domain's numbers are those of its links in the list", () => {
    const [top] = refdomainsFor(domain, { orderBy: "domain_inlink_rank", limit: 1 });
    const links = rows.filter((r) => new URL(r.sourceUrl).hostname === top!.refdomain);
    expect(top!.backlinks).toBe(links.length);
    expect(top!.first_seen).toBe(links.map((l) => l.firstSeen).sort()[0]);
    expect(top!.domain_inlink_rank).toBe(Math.max(...links.map((l) => l.citationFlow)));
  });

  it("orders descend (date_found: newest first); limit cuts", () => {
    const byDate = refdomainsFor(domain, { orderBy: "date_found", limit: ALL });
    const dates = byDate.map((d) => d.first_seen);
    expect(dates).toEqual([...dates].sort().reverse());
    const byDt = refdomainsFor(domain, { orderBy: "domain_inlink_rank", limit: 3 });
    expect(byDt.length).toBeLessThanOrEqual(3);
    const ranks = byDt.map((d) => d.domain_inlink_rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it("anchors: every link counted once, ordered by links or by referring domains", () => {
    const byLinks = anchorsFor(domain, { orderBy: "backlinks", limit: ALL });
    expect(byLinks.reduce((n, a) => n + a.backlinks, 0)).toBe(summary.backlinks);
    expect(new Set(byLinks.map((a) => a.anchor)).size).toBe(
      new Set(rows.map((r) => r.anchorText)).size,
    );
    const counts = byLinks.map((a) => a.backlinks);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byDomains = anchorsFor(domain, { orderBy: "refdomains", limit: ALL }).map(
      (a) => a.refdomains,
    );
    expect(byDomains).toEqual([...byDomains].sort((a, b) => b - a));
  });
});

it("a domain without links has no referring domains and no anchors", () => {
  expect(refdomainsFor("empty-example.com", { orderBy: "date_found", limit: 10 })).toEqual([]);
  expect(anchorsFor("empty-example.com", { orderBy: "backlinks", limit: 10 })).toEqual([]);
});
