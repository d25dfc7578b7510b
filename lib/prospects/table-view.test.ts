import { describe, expect, it } from "vitest";
import type { ProspectView } from "@/lib/queries/prospects";
import { readSort, sortParam } from "@/lib/url/sort-param";
import { filterProspects, listTags, PROSPECT_SORT_COLUMNS, readProspectView } from "./table-view";

const view = (query: string) => {
  const params = new URLSearchParams(query);
  return readProspectView((key) => params.get(key));
};

describe("prospect table view in the URL", () => {
  it("reads sort, verdict, search and tag", () => {
    expect(view("sort=-primary&verdict=pass&q=news&tag=Guest%20Post")).toEqual({
      sorting: [{ id: "primary", desc: true }],
      verdict: "pass",
      search: "news",
      tag: "guest post",
    });
    expect(view("sort=domain").sorting).toEqual([{ id: "domain", desc: false }]);
  });

  it("falls back on unknown columns and verdicts instead of failing", () => {
    expect(view("sort=-password&verdict=maybe")).toEqual({
      sorting: [],
      verdict: "all",
      search: "",
      tag: "",
    });
    expect(readSort("-", PROSPECT_SORT_COLUMNS)).toEqual([]);
  });

  it("writes the sort back in the same form", () => {
    expect(sortParam([{ id: "ratio", desc: true }])).toBe("-ratio");
    expect(sortParam([{ id: "domain", desc: false }])).toBe("domain");
    expect(sortParam([])).toBeNull();
    expect(readSort(sortParam([{ id: "fetchedAt", desc: true }]), PROSPECT_SORT_COLUMNS)).toEqual([
      { id: "fetchedAt", desc: true },
    ]);
  });
});

describe("filterProspects", () => {
  const row = (domain: string, verdict: ProspectView["verdict"], tags: string[] = []) =>
    ({ domain, verdict, tags }) as ProspectView;
  const rows = [
    row("news.com", "pass", ["outreach"]),
    row("blog.news.org", "reject", ["guest post", "outreach"]),
    row("shop.io", null),
  ];

  it("keeps a verdict, 'none' meaning not fetched yet", () => {
    expect(filterProspects(rows, { verdict: "pass", search: "" }).map((r) => r.domain)).toEqual([
      "news.com",
    ]);
    expect(filterProspects(rows, { verdict: "none", search: "" }).map((r) => r.domain)).toEqual([
      "shop.io",
    ]);
  });

  it("matches a trimmed, case-insensitive part of the domain", () => {
    expect(filterProspects(rows, { verdict: "all", search: " NEWS " })).toHaveLength(2);
  });

  it("keeps the rows carrying a tag, whatever its case in the URL", () => {
    const tagged = filterProspects(rows, { verdict: "all", search: "", tag: "Guest Post" });
    expect(tagged.map((r) => r.domain)).toEqual(["blog.news.org"]);
    expect(filterProspects(rows, { verdict: "pass", search: "", tag: "outreach" })).toHaveLength(1);
    expect(filterProspects(rows, { verdict: "all", search: "", tag: "" })).toHaveLength(3);
  });

  it("lists each tag of the list once, sorted", () => {
    expect(listTags(rows)).toEqual(["guest post", "outreach"]);
  });
});
