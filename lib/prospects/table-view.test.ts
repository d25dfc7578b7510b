import { describe, expect, it } from "vitest";
import type { ProspectView } from "@/lib/queries/prospects";
import { readSort, sortParam } from "@/lib/url/sort-param";
import { filterProspects, PROSPECT_SORT_COLUMNS, readProspectView } from "./table-view";

const view = (query: string) => {
  const params = new URLSearchParams(query);
  return readProspectView((key) => params.get(key));
};

describe("prospect table view in the URL", () => {
  it("reads sort, verdict and search", () => {
    expect(view("sort=-primary&verdict=pass&q=news")).toEqual({
      sorting: [{ id: "primary", desc: true }],
      verdict: "pass",
      search: "news",
    });
    expect(view("sort=domain").sorting).toEqual([{ id: "domain", desc: false }]);
  });

  it("falls back on unknown columns and verdicts instead of failing", () => {
    expect(view("sort=-password&verdict=maybe")).toEqual({
      sorting: [],
      verdict: "all",
      search: "",
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
  const row = (domain: string, verdict: ProspectView["verdict"]) =>
    ({ domain, verdict }) as ProspectView;
  const rows = [row("news.com", "pass"), row("blog.news.org", "reject"), row("shop.io", null)];

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
});
