import { describe, expect, it } from "vitest";
import type { BacklinkRow } from "@/lib/seranking/types";
import { applyFilters, describeFilters, hasFilters } from "./text-filters";

const row = (anchorText: string, sourceUrl: string): BacklinkRow => ({
  sourceUrl,
  targetUrl: "https://example.com/",
  anchorText,
  trustFlow: 10,
  citationFlow: 20,
  isNoFollow: false,
  firstSeen: "2026-01-01",
  lastSeen: "2026-02-01",
});

const rows = [
  row("Best SEO tools", "https://blog.a.com/seo"),
  row("seo", "https://forum.b.org/t/1"),
  row("", "https://c.net/Forum/x"),
  row("click here", "https://d.io/"),
];

describe("text filters", () => {
  it("contains is a case-insensitive substring of the anchor", () => {
    const kept = applyFilters(rows, { anchor: { mode: "contains", text: "SeO" } });
    expect(kept.map((r) => r.anchorText)).toEqual(["Best SEO tools", "seo"]);
  });

  it("excludes drops source URLs with the text, and combines with an anchor filter", () => {
    const noForum = applyFilters(rows, { url: { mode: "excludes", text: "forum" } });
    expect(noForum.map((r) => r.sourceUrl)).toEqual(["https://blog.a.com/seo", "https://d.io/"]);
    const both = applyFilters(rows, {
      anchor: { mode: "contains", text: "seo" },
      url: { mode: "excludes", text: "forum" },
    });
    expect(both.map((r) => r.sourceUrl)).toEqual(["https://blog.a.com/seo"]);
  });

  it("a row without anchor text passes an anchor exclude", () => {
    const kept = applyFilters(rows, { anchor: { mode: "excludes", text: "e" } });
    expect(kept.map((r) => r.anchorText)).toEqual([""]);
  });

  it("no filters keep every row, and say so", () => {
    expect(applyFilters(rows, {})).toBe(rows);
    expect(hasFilters({})).toBe(false);
    expect(
      describeFilters({
        anchor: { mode: "contains", text: "seo" },
        url: { mode: "excludes", text: "forum" },
      }),
    ).toBe("anchor text contains “seo”, source URL does not contain “forum”");
  });
});
