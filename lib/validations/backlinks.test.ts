import { describe, expect, it } from "vitest";
import { backlinksListQuerySchema, backlinksSummaryQuerySchema } from "./backlinks";

const message = (input: Record<string, unknown>) => {
  const r = backlinksListQuerySchema.safeParse({ domain: "example.com", ...input });
  return r.success
    ? null
    : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
};

describe("backlinks query schemas", () => {
  it("normalises a URL to its domain and fills the defaults", () => {
    expect(backlinksListQuerySchema.parse({ domain: "https://WWW.Example.com/a?b=1" })).toEqual({
      domain: "example.com",
      page: 1,
      limit: 50,
      sort: "trust_flow",
      dofollow: false,
      refresh: false,
      filters: {},
    });
    expect(
      backlinksListQuerySchema.parse({
        domain: "example.com",
        page: "3",
        limit: "250",
        sort: "first_seen",
        dofollow: "1",
      }),
    ).toMatchObject({ page: 3, limit: 250, sort: "first_seen", dofollow: true });
  });

  it("turns the text filter fields into filters; blank text is no filter", () => {
    const q = backlinksListQuerySchema.parse({
      domain: "example.com",
      anchor: " SEO ",
      url: "forum",
      url_mode: "excludes",
    });
    expect(q.filters).toEqual({
      anchor: { mode: "contains", text: "SEO" },
      url: { mode: "excludes", text: "forum" },
    });
    expect(backlinksListQuerySchema.parse({ domain: "a.com", anchor: "  " }).filters).toEqual({});
  });

  it.each([
    ["", /enter a domain/],
    ["http://", /no domain/],
    ["a..b", /empty label/],
    [`${"a".repeat(300)}.com`, /longer than 63/],
    ["javascript:alert(1)", /not a web address/],
  ])("refuses the domain %j with a reason", (domain, reason) => {
    const r = backlinksSummaryQuerySchema.safeParse({ domain });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/^Not a domain: /);
    expect(r.error!.issues[0]!.message).toMatch(reason);
  });

  it("says what is wrong with paging, sort and flags", () => {
    expect(message({ page: "-1" })).toBe("page: Page must be 1 or more");
    expect(message({ page: "1.5" })).toBe("page: Page must be a whole number");
    for (const limit of ["1000", "1", "30", "1000000"]) {
      expect(message({ limit })).toBe("limit: Rows per page must be one of 25, 50, 100, 250");
    }
    expect(message({ limit: "abc" })).toBe("limit: Rows per page must be a number");
    expect(message({ sort: "domain" })).toMatch(/^sort: Sort by one of: trust_flow/);
    expect(message({ dofollow: "yes" })).toBe("dofollow: Use 1 or 0");
    expect(message({ anchor: "x".repeat(201) })).toBe(
      "anchor: Anchor filter must be 200 characters or less",
    );
    expect(message({ url: "forum", url_mode: "not" })).toBe(
      "url_mode: Source URL filter mode must be one of: contains, excludes",
    );
    expect(backlinksSummaryQuerySchema.safeParse({}).error!.issues[0]!.message).toMatch(
      /required|Enter a domain/,
    );
  });
});
