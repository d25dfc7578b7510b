import { describe, expect, it } from "vitest";
import { backlinkGap, DEFAULT_GAP_FILTERS, type GapRefdomain, gapOrigin } from "./gap-rows";

const rd = (domain: string, over: Partial<GapRefdomain> = {}): GapRefdomain => ({
  domain,
  backlinks: 2,
  dofollowBacklinks: 1,
  authority: 30,
  examples: [],
  ...over,
});

const you = { target: "me.com", rows: [rd("shared.com"), rd("mine.org")] };
const a = {
  target: "a.com",
  rows: [
    rd("shared.com"),
    rd("both.net", { authority: 50, examples: ["https://both.net/x"] }),
    rd("only-a.io"),
  ],
};
const b = {
  target: "b.com",
  rows: [
    rd("both.net", { authority: 70, dofollowBacklinks: 0 }),
    rd("www.only-b.edu", { authority: null }),
    rd("me.com"),
  ],
};
const f = (over: Partial<typeof DEFAULT_GAP_FILTERS>) => ({ ...DEFAULT_GAP_FILTERS, ...over });

describe("backlinkGap", () => {
  it("keeps domains linking to competitors but not to you, most competitors first", () => {
    const rows = backlinkGap(you, [a, b]);
    expect(rows.map((r) => [r.domain, r.competitors])).toEqual([
      ["both.net", ["a.com", "b.com"]],
      ["only-a.io", ["a.com"]],
      ["only-b.edu", ["b.com"]],
    ]);
  });

  it("never offers you (or a competitor) as a referring domain", () => {
    expect(backlinkGap(you, [a, b]).some((r) => r.domain === "me.com")).toBe(false);
  });

  it("sums links per domain and gives its highest authority and dofollow share", () => {
    const both = backlinkGap(you, [a, b])[0]!;
    expect(both).toMatchObject({ authority: 70, backlinks: 4, dofollowBacklinks: 1 });
    expect(both.dofollowShare).toBe(0.25);
    expect(both.examples).toEqual([{ competitor: "a.com", url: "https://both.net/x" }]);
  });

  it("k drops domains linking to fewer competitors", () => {
    expect(backlinkGap(you, [a, b], f({ minCompetitors: 2 })).map((r) => r.domain)).toEqual([
      "both.net",
    ]);
  });

  it("dofollow only counts a competitor only when one of its links is dofollow", () => {
    const rows = backlinkGap(you, [a, b], f({ dofollowOnly: true }));
    expect(rows.find((r) => r.domain === "both.net")?.competitors).toEqual(["a.com"]);
    expect(backlinkGap(you, [a, b], f({ dofollowOnly: true, minCompetitors: 2 }))).toEqual([]);
  });

  it("min authority drops lower and unknown authority", () => {
    const rows = backlinkGap(you, [a, b], f({ minAuthority: 31 }));
    expect(rows.map((r) => r.domain)).toEqual(["both.net"]);
  });

  it("excludes TLDs and domains with their subdomains", () => {
    const rows = backlinkGap(you, [a, b], f({ excludeTlds: [".edu"], excludeDomains: ["io"] }));
    expect(rows.map((r) => r.domain)).toEqual(["both.net"]);
    const sub = backlinkGap(you, [{ target: "a.com", rows: [rd("x.blog.net")] }], {
      ...DEFAULT_GAP_FILTERS,
      excludeDomains: ["blog.net"],
    });
    expect(sub).toEqual([]);
  });

  it("names the origin a prospect keeps", () => {
    expect(gapOrigin(["a.com", "b.com"])).toBe("found by gap vs. a.com, b.com");
  });
});
