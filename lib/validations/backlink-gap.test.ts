import { describe, expect, it } from "vitest";
import { gapDomainsSchema, gapFiltersQuerySchema, gapToProspectsSchema } from "./backlink-gap";

const messages = (value: unknown) => {
  const r = gapDomainsSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("gapDomainsSchema", () => {
  it("normalises your domain and the competitors", () => {
    expect(
      gapDomainsSchema.parse({ domain: "https://www.Me.com/x", competitors: ["A.com"] }),
    ).toEqual({ domain: "me.com", competitors: ["a.com"] });
  });

  it("refuses more than 10 competitors, repeats, and your own domain among them", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `c${i}.com`);
    expect(messages({ domain: "me.com", competitors: eleven })).toEqual([
      "Enter at most 10 competitors",
    ]);
    expect(messages({ domain: "me.com", competitors: ["a.com", "www.a.com"] })).toEqual([
      "a.com is entered twice: remove the repeat",
    ]);
    expect(messages({ domain: "me.com", competitors: ["https://me.com/"] })).toEqual([
      "me.com is your own domain: remove it from the competitors",
    ]);
    expect(messages({ domain: "me.com", competitors: [] })).toEqual([
      "Enter at least one competitor",
    ]);
  });
});

describe("gapFiltersQuerySchema", () => {
  it("reads the page's query with defaults and lists", () => {
    expect(
      gapFiltersQuerySchema.parse({
        minCompetitors: "2",
        dofollowOnly: "1",
        excludeTlds: ".edu, gov",
      }),
    ).toEqual({
      minCompetitors: 2,
      minAuthority: 0,
      dofollowOnly: true,
      excludeTlds: ["edu", "gov"],
      excludeDomains: [],
    });
    expect(gapFiltersQuerySchema.safeParse({ minCompetitors: "11" }).success).toBe(false);
    expect(gapFiltersQuerySchema.safeParse({ excludeDomains: "<script>" }).success).toBe(false);
  });
});

describe("gapToProspectsSchema", () => {
  it("takes a list id or a new name, not both and not neither", () => {
    const listId = "00000000-0000-4000-8000-000000000000";
    expect(gapToProspectsSchema.safeParse({ domains: ["a.com"], listId }).success).toBe(true);
    expect(gapToProspectsSchema.safeParse({ domains: ["a.com"], newListName: "x" }).success).toBe(
      true,
    );
    expect(gapToProspectsSchema.safeParse({ domains: ["a.com"] }).success).toBe(false);
    expect(
      gapToProspectsSchema.safeParse({ domains: ["a.com"], listId, newListName: "x" }).success,
    ).toBe(false);
  });
});
