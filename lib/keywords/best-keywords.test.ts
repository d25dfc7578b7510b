import { describe, expect, it } from "vitest";
import type { KeywordRankingView } from "@/lib/services/keywords/rankings";
import { bestKeywordIds } from "./best-keywords";

const row = (id: string, position: number | null): KeywordRankingView => ({
  id,
  keyword: `kw ${id}`,
  tags: [],
  status: position === null ? "never" : "ok",
  position,
  url: null,
  volume: null,
  error: null,
  checkedAt: null,
  change: null,
  change7: null,
  change30: null,
  best: position,
  lastKnown: null,
});

describe("the keywords the chart opens on", () => {
  it("are the five best-placed now, best first, unranked ones left out", () => {
    const rows = [row("a", 40), row("b", null), row("c", 3), row("d", 12), row("e", 1)];
    rows.push(row("f", 7), row("g", 90), row("h", 2));
    expect(bestKeywordIds(rows)).toEqual(["e", "h", "c", "f", "d"]);
  });

  it("fall back to the first keywords when none ranks yet", () => {
    const rows = ["a", "b", "c", "d", "e", "f"].map((id) => row(id, null));
    expect(bestKeywordIds(rows)).toEqual(["a", "b", "c", "d", "e"]);
  });
});
