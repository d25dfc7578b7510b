// Referring domains and anchors built from fetched links (the provider API has no such calls):
// counted from the links alone, and, over a whole list, the same as the Data API's own answer.
import { describe, expect, it } from "vitest";
import {
  aggregateAnchors,
  aggregateRefdomains,
  orderAnchors,
  orderRefdomains,
  refdomainOf,
} from "@/lib/backlinks/aggregate-refdomains";
import type { BacklinkRow } from "@/lib/seranking/types";
import { allBacklinkRows } from "@/simulator/backlink-rows";
import { anchorsFor, refdomainsFor } from "@/simulator/refdomains-anchors";

function link(source: string, over: Partial<BacklinkRow> = {}): BacklinkRow {
  return {
    sourceUrl: source,
    targetUrl: "https://example.com/",
    anchorText: "example",
    isNoFollow: false,
    firstSeen: "2024-05-01",
    lastSeen: "2026-10-01",
    trustFlow: 10,
    citationFlow: 20,
    ...over,
  };
}

const links = [
  link("https://www.blog.test/a", { trustFlow: 12, firstSeen: "2023-01-02" }),
  link("https://blog.test/b", { isNoFollow: true, trustFlow: 30, anchorText: "click here" }),
  link("http://news.test/x", { trustFlow: 5, firstSeen: "2025-03-04T10:00:00Z" }),
  link("https://news.test/y", { anchorText: "click here", trustFlow: 7 }),
  link("https://other.test/", { anchorText: "click here", isNoFollow: true }),
];

describe("aggregating fetched links", () => {
  it("folds www. and case into one linking domain", () => {
    expect(refdomainOf("https://WWW.Blog.test/a?b=1")).toBe("blog.test");
  });

  it("one row per domain: its links, dofollow links, first seen and highest TF", () => {
    const rows = aggregateRefdomains(links, "tf_cf");
    expect(rows).toEqual([
      {
        domain: "blog.test",
        backlinks: 2,
        dofollowBacklinks: 1,
        firstSeen: "2023-01-02",
        authority: 30,
        exampleUrls: ["https://www.blog.test/a", "https://blog.test/b"],
      },
      {
        domain: "news.test",
        backlinks: 2,
        dofollowBacklinks: 2,
        firstSeen: "2024-05-01",
        authority: 7,
        exampleUrls: ["http://news.test/x", "https://news.test/y"],
      },
      {
        domain: "other.test",
        backlinks: 1,
        dofollowBacklinks: 0,
        firstSeen: "2024-05-01",
        authority: 10,
        exampleUrls: ["https://other.test/"],
      },
    ]);
  });

  it("examples: at most three pages per domain, dofollow ones before nofollow ones", () => {
    const many = [
      link("https://big.test/n1", { isNoFollow: true }),
      link("https://big.test/n2", { isNoFollow: true }),
      link("https://big.test/n3", { isNoFollow: true }),
      link("https://big.test/d1"),
      link("https://big.test/d1"),
      link("https://big.test/d2"),
    ];
    const [row] = aggregateRefdomains(many, "tf_cf");
    expect(row!.exampleUrls).toEqual([
      "https://big.test/d1",
      "https://big.test/d2",
      "https://big.test/n1",
    ]);
  });

  it("a DT/PT row gives its domain's DT; none at all is unknown, not 0", () => {
    const rows = aggregateRefdomains(
      [
        link("https://a.test/", { trustFlow: null, citationFlow: null, domainInlinkRank: 44 }),
        link("https://b.test/", { trustFlow: null, citationFlow: null, domainInlinkRank: null }),
      ],
      "inlink_rank",
    );
    expect(rows.map((r) => r.authority)).toEqual([44, null]);
  });

  it("anchors: links and distinct linking domains per exact text", () => {
    expect(orderAnchors(aggregateAnchors(links), "refdomains")).toEqual([
      { anchor: "click here", backlinks: 3, refdomains: 3, dofollowBacklinks: 1 },
      { anchor: "example", backlinks: 2, refdomains: 2, dofollowBacklinks: 2 },
    ]);
  });

  it("orders as the Data API does: descending, unknown last, ties by name", () => {
    const rows = aggregateRefdomains(links, "tf_cf");
    expect(orderRefdomains(rows, "domain_inlink_rank").map((r) => r.domain)).toEqual([
      "blog.test",
      "other.test",
      "news.test",
    ]);
    expect(orderRefdomains(rows, "date_found").map((r) => r.domain)).toEqual([
      "news.test",
      "other.test",
      "blog.test",
    ]);
  });
});

describe("over a whole list, aggregation answers what the Data API answers", () => {
  // The simulator's rows as the Data API client maps them (DT = the citation key).
  const domain = "example.com";
  const rows: BacklinkRow[] = allBacklinkRows(domain).map((r) => ({
    sourceUrl: r.sourceUrl,
    targetUrl: r.targetUrl,
    anchorText: r.anchorText,
    isNoFollow: r.nofollow,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    trustFlow: null,
    citationFlow: null,
    domainInlinkRank: r.citationFlow,
    inlinkRank: r.trustFlow,
  }));

  it("referring domains, in both of the orders it can reproduce", () => {
    for (const order of ["domain_inlink_rank", "date_found"] as const) {
      const api = refdomainsFor(domain, { orderBy: order, limit: 10_000 }).map((d) => ({
        domain: d.refdomain,
        backlinks: d.backlinks,
        dofollowBacklinks: d.dofollow_backlinks,
        firstSeen: d.first_seen,
        authority: d.domain_inlink_rank,
      }));
      // The Data API's rows name no example pages: compare the figures.
      const ours = orderRefdomains(aggregateRefdomains(rows, "inlink_rank"), order);
      expect(ours.map(({ exampleUrls: _, ...figures }) => figures)).toEqual(api);
    }
  });

  it("anchors", () => {
    const api = anchorsFor(domain, { orderBy: "backlinks", limit: 10_000 }).map((a) => ({
      anchor: a.anchor,
      backlinks: a.backlinks,
      refdomains: a.refdomains,
      dofollowBacklinks: a.dofollow_backlinks,
    }));
    expect(orderAnchors(aggregateAnchors(rows), "backlinks")).toEqual(api);
  });
});
