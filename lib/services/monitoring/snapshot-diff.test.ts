import { describe, expect, it } from "vitest";
import type { LinkInsert } from "@/lib/db/queries/backlink-monitoring";
import { linkKey } from "./link-keys";
import { changeCounts, diffSnapshots } from "./snapshot-diff";

const link = (source: string, target: string, authority: number, nofollow = false): LinkInsert => ({
  linkKey: linkKey(source, target),
  sourceUrl: source,
  targetUrl: target,
  anchorText: "a",
  nofollow,
  authority,
  firstSeen: null,
});

describe("diffSnapshots", () => {
  const kept = link("https://a.com/1", "https://me.com/", 10);
  const gone = link("https://www.b.com/2", "https://me.com/x", 55);
  const goneToo = link("https://c.com/3", "https://me.com/", 20, true);
  const cStays = link("https://c.com/4", "https://me.com/y", 5);
  const added = link("https://d.org/5", "https://me.com/", 30, true);

  it("links new and lost by key; a domain is lost only with its last link", () => {
    const changes = diffSnapshots([kept, gone, goneToo, cStays], [kept, cStays, added]);
    const pick = (kind: string, type: string) =>
      changes
        .filter((c) => c.kind === kind && c.type === type)
        .map((c) => c.sourceUrl ?? c.refdomain);
    expect(pick("link", "new")).toEqual([added.sourceUrl]);
    expect(pick("link", "lost").sort()).toEqual([gone.sourceUrl, goneToo.sourceUrl].sort());
    // b.com lost its only link (www. folded away); c.com keeps one of its two.
    expect(pick("refdomain", "lost")).toEqual(["b.com"]);
    expect(pick("refdomain", "new")).toEqual(["d.org"]);
    const lostDomain = changes.find((c) => c.kind === "refdomain" && c.type === "lost")!;
    expect(lostDomain).toMatchObject({ authority: 55, nofollow: false });
    expect(changeCounts(changes)).toEqual({
      newBacklinks: 1,
      lostBacklinks: 2,
      newRefdomains: 1,
      lostRefdomains: 1,
    });
  });

  it("the same list twice: nothing changed", () => {
    expect(diffSnapshots([kept, gone], [gone, kept])).toEqual([]);
  });

  it("the key tells source and target apart, not just their concatenation", () => {
    expect(linkKey("https://a.com/x", "y")).not.toBe(linkKey("https://a.com/", "xy"));
  });
});
