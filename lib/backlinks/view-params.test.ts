import { describe, expect, it } from "vitest";
import { readView, viewSearch } from "./view-params";

describe("URL view", () => {
  it("round-trips a view and leaves defaults out of the URL", () => {
    const view = { domain: "example.com", sort: "citation_flow" as const, dofollow: true, page: 4 };
    const search = viewSearch(view);
    expect(search).toBe("?domain=example.com&sort=citation_flow&dofollow=1&page=4");
    expect(readView(new URLSearchParams(search)).view).toEqual({ ...view, limit: 50 });
    expect(viewSearch({ ...view, sort: "trust_flow", dofollow: false, page: 1 })).toBe(
      "?domain=example.com",
    );
  });

  it("normalises the domain and falls back to defaults for a bad sort or page", () => {
    const r = readView(new URLSearchParams("domain=https://www.Example.com/x&sort=evil&page=-3"));
    expect(r.view).toEqual({
      domain: "example.com",
      sort: "trust_flow",
      dofollow: false,
      page: 1,
      limit: 50,
    });
  });

  it("reports a bad domain and builds no view (so nothing is fetched)", () => {
    const r = readView(new URLSearchParams("domain=a..b"));
    expect(r.view).toBeNull();
    expect(r.domainError).toMatch(/empty label/);
    expect(readView(new URLSearchParams("")).view).toBeNull();
  });
});
