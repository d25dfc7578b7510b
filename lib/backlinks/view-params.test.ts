import { describe, expect, it } from "vitest";
import { readView, viewSearch } from "./view-params";

const plain = { sort: "trust_flow" as const, dofollow: false, page: 1, limit: 50, filters: {} };

describe("URL view", () => {
  it("round-trips a view and leaves defaults out of the URL", () => {
    const view = {
      domain: "example.com",
      sort: "citation_flow" as const,
      dofollow: true,
      page: 4,
      limit: 100,
      filters: {
        anchor: { mode: "contains" as const, text: "seo tools" },
        url: { mode: "excludes" as const, text: "forum" },
      },
    };
    const search = viewSearch(view);
    expect(search).toBe(
      "?domain=example.com&sort=citation_flow&dofollow=1&page=4&rows=100&anchor=seo+tools&url=forum&url_mode=excludes",
    );
    expect(readView(new URLSearchParams(search)).view).toEqual(view);
    expect(viewSearch({ domain: "example.com", ...plain })).toBe("?domain=example.com");
  });

  it("normalises the domain and falls back to defaults for a bad sort, page or page size", () => {
    const r = readView(
      new URLSearchParams("domain=https://www.Example.com/x&sort=evil&page=-3&rows=1000"),
    );
    expect(r.view).toEqual({ domain: "example.com", ...plain });
    for (const rows of ["25", "50", "100", "250"]) {
      expect(readView(new URLSearchParams(`domain=a.com&rows=${rows}`)).limit).toBe(Number(rows));
    }
    for (const rows of ["0", "30", "2.5", "abc", "500"]) {
      expect(readView(new URLSearchParams(`domain=a.com&rows=${rows}`)).limit).toBe(50);
    }
  });

  it("reads filters leniently: blank text is no filter, an unknown mode means contains", () => {
    const r = readView(
      new URLSearchParams("domain=a.com&anchor=%20%20&url=%20blog%20&url_mode=sideways"),
    );
    expect(r.filters).toEqual({ url: { mode: "contains", text: "blog" } });
    const long = readView(
      new URLSearchParams(`domain=a.com&anchor=${"x".repeat(500)}&anchor_mode=excludes`),
    );
    expect(long.filters.anchor).toEqual({ mode: "excludes", text: "x".repeat(200) });
  });

  it("reports a bad domain and builds no view (so nothing is fetched)", () => {
    const r = readView(new URLSearchParams("domain=a..b"));
    expect(r.view).toBeNull();
    expect(r.domainError).toMatch(/empty label/);
    expect(readView(new URLSearchParams("")).view).toBeNull();
  });
});
