// The tabs' sort, filter and page rules, and their URL state.
import { describe, expect, it } from "vitest";
import type { RefdomainRow } from "@/lib/seranking/types";
import { refdomainsQuerySchema } from "@/lib/validations/refdomains";
import { containsFilter, pageOf, sortAnchors, sortRefdomains } from "./refdomains-table";
import { keepTab, readTab, withTab } from "./tab-params";

const d = (domain: string, over: Partial<RefdomainRow> = {}): RefdomainRow => ({
  domain,
  backlinks: 1,
  dofollowBacklinks: 1,
  firstSeen: "2024-01-01",
  authority: 10,
  ...over,
});

const rows = [
  d("b.test", { backlinks: 4, dofollowBacklinks: 1, authority: null }),
  d("a.test", { backlinks: 4, dofollowBacklinks: 4, firstSeen: null }),
  d("c.test", { backlinks: 2, dofollowBacklinks: 2, authority: 50, firstSeen: "2025-06-01" }),
];
const names = (r: RefdomainRow[]) => r.map((x) => x.domain);

describe("sorting referring domains", () => {
  it("numbers biggest first, ties by name; unknown values last either way", () => {
    expect(names(sortRefdomains(rows, "backlinks", "desc"))).toEqual([
      "a.test",
      "b.test",
      "c.test",
    ]);
    expect(names(sortRefdomains(rows, "authority", "desc"))).toEqual([
      "c.test",
      "a.test",
      "b.test",
    ]);
    expect(names(sortRefdomains(rows, "authority", "asc"))).toEqual(["a.test", "c.test", "b.test"]);
    expect(names(sortRefdomains(rows, "first_seen", "desc"))).toEqual([
      "c.test",
      "b.test",
      "a.test",
    ]);
  });

  it("dofollow share is dofollow links over links", () => {
    expect(names(sortRefdomains(rows, "dofollow_share", "asc"))).toEqual([
      "b.test",
      "a.test",
      "c.test",
    ]);
  });

  it("anchors by referring domains, then text", () => {
    const a = [
      { anchor: "x", backlinks: 1, refdomains: 1, dofollowBacklinks: 1 },
      { anchor: "w", backlinks: 5, refdomains: 1, dofollowBacklinks: 1 },
      { anchor: "z", backlinks: 1, refdomains: 3, dofollowBacklinks: 1 },
    ];
    expect(sortAnchors(a, "refdomains", "desc").map((r) => r.anchor)).toEqual(["z", "w", "x"]);
    expect(sortAnchors(a, "anchor", "asc").map((r) => r.anchor)).toEqual(["w", "x", "z"]);
  });
});

it("contains is case-insensitive; pages cut at the limit", () => {
  expect(names(containsFilter(rows, (r) => r.domain, " A.T "))).toEqual(["a.test"]);
  expect(containsFilter(rows, (r) => r.domain, "")).toHaveLength(3);
  expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
});

it("the route's query: text columns A→Z by default, numbers highest first; bad sorts refused", () => {
  const q = refdomainsQuerySchema.parse({ domain: "https://www.Example.com/x", sort: "domain" });
  expect(q).toMatchObject({
    domain: "example.com",
    sort: "domain",
    dir: "asc",
    page: 1,
    format: "json",
  });
  expect(refdomainsQuerySchema.parse({ domain: "example.com" })).toMatchObject({
    sort: "authority",
    dir: "desc",
  });
  expect(
    refdomainsQuerySchema.safeParse({ domain: "example.com", sort: "trust_flow" }).success,
  ).toBe(false);
});

describe("tab state in the URL", () => {
  it("reads leniently and writes only what differs from the defaults", () => {
    expect(readTab(new URLSearchParams("tab=nope&tsort=x&tpage=-1"))).toEqual({
      tab: "backlinks",
      sort: "authority",
      dir: "desc",
      q: "",
      page: 1,
    });
    const s = withTab("?domain=example.com&sort=first_seen", {
      tab: "anchors",
      sort: "refdomains",
      dir: "desc",
      q: "seo",
      page: 2,
    });
    expect(new URLSearchParams(s).toString()).toBe(
      "domain=example.com&sort=first_seen&tab=anchors&tsort=refdomains&tq=seo&tpage=2",
    );
    expect(readTab(new URLSearchParams(s))).toEqual({
      tab: "anchors",
      sort: "refdomains",
      dir: "desc",
      q: "seo",
      page: 2,
    });
  });

  it("a new search stays on the tab, with the table's state reset", () => {
    expect(keepTab("?domain=b.com", "?domain=a.com&tab=refdomains&tq=x")).toBe(
      "?domain=b.com&tab=refdomains",
    );
    expect(keepTab("?domain=b.com", "?domain=a.com")).toBe("?domain=b.com");
  });
});
