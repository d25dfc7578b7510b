import { describe, expect, it } from "vitest";
import type { KeywordRankingRecord } from "@/lib/db/queries/keyword-rankings";
import { ctrAt, visibilityPercent } from "./ctr-curve";
import {
  classify,
  figuresOf,
  pointFromTotals,
  stateFromRanking,
  tagFigures,
} from "./glance-figures";

const ok = (position: number | null) => ({ status: "ok", position });
const failed = { status: "failed", position: null };
describe("classify", () => {
  it("compares two good checks like the table's change column", () => {
    expect(classify(ok(5), ok(3))).toBe("improved");
    expect(classify(ok(3), ok(5))).toBe("declined");
    expect(classify(ok(4), ok(4))).toBe("unchanged");
    expect(classify(ok(null), ok(40))).toBe("improved");
    expect(classify(ok(40), ok(null))).toBe("declined");
    // Out of the top 100 both times: nothing moved.
    expect(classify(ok(null), ok(null))).toBe("unchanged");
  });

  it("never compares with a failed check or with nothing", () => {
    expect(classify(failed, ok(3))).toBeNull();
    expect(classify(ok(3), failed)).toBeNull();
    expect(classify(null, ok(3))).toBeNull();
  });
});

describe("the CTR curve", () => {
  it("earns nothing outside the top 20 and outside the top 100", () => {
    expect(ctrAt(1)).toBe(27.6);
    expect(ctrAt(10)).toBe(2.4);
    expect(ctrAt(11)).toBe(0.063);
    expect(ctrAt(21)).toBe(0);
    expect(ctrAt(null)).toBe(0);
  });

  it("is 100% when every keyword is first and 0% with no keyword", () => {
    expect(visibilityPercent([1, 1, 1])).toBe(100);
    // (27.6 + 0) / (2 × 27.6)
    expect(visibilityPercent([1, null])).toBe(50);
    expect(visibilityPercent([])).toBe(0);
  });
});

describe("stateFromRanking", () => {
  const record = {
    id: "k",
    keyword: "k",
    tags: [],
    status: "failed",
    position: 1,
    url: null,
    volume: null,
    error: "upstream failed",
    checkedAt: new Date(),
    previousStatus: "ok",
    previousPosition: 4,
    weekStatus: "ok",
    weekPosition: 9,
    monthStatus: null,
    monthPosition: null,
    best: 2,
    goodPosition: 4,
    goodUrl: null,
    goodVolume: null,
    goodCheckedAt: new Date(),
    goodPreviousStatus: null,
    goodPreviousPosition: null,
  } satisfies KeywordRankingRecord;

  it("keeps the last good position when the latest check failed, and compares nothing", () => {
    // The failed row's position (1) is not a position: the last good one (4) is used.
    expect(stateFromRanking(record)).toEqual({
      good: 4,
      latestFailed: true,
      previous: null,
      week: null,
      month: null,
    });
  });

  it("leaves out a keyword with no good check and one never checked", () => {
    expect(stateFromRanking({ ...record, goodCheckedAt: null }).good).toBeUndefined();
    expect(stateFromRanking({ ...record, status: null }).good).toBeUndefined();
  });

  it("compares a good latest check with the previous, week and month checks", () => {
    const s = stateFromRanking({ ...record, status: "ok", position: 6 });
    expect(s).toEqual({
      good: 6,
      latestFailed: false,
      previous: "declined",
      week: "improved",
      month: null,
    });
  });
});

describe("figures", () => {
  const state = (good: number | null | undefined, latestFailed = false) => ({
    good,
    latestFailed,
    previous: null,
    week: null,
    month: null,
  });

  it("averages the ranked keywords only and counts not-in-top-100 as 0 visibility", () => {
    // Counted 1, null, 12 (last known); ranked 1 and 12: average 6.5;
    // visibility (27.6 + 0 + 0.063) / (3 × 27.6) = 33.41%.
    expect(figuresOf([state(1), state(null), state(12, true), state(undefined)])).toMatchObject({
      keywords: 3,
      ranked: 2,
      averagePosition: 6.5,
      visibility: 33.4,
      top3: 1,
      top10: 1,
      top100: 2,
      lastKnown: 1,
      previous: { notCompared: 3 },
    });
  });

  it("turns the database totals into the same figures (CTR in thousandths of a percent)", () => {
    const totals = {
      at: "2026-03-01T06:00:00.000Z",
      counted: 3,
      ranked: 2,
      sumPos: 13,
      top3: 1,
      top10: 1,
      ctr: 27_663,
      lastKnown: 1,
      prevI: 0,
      prevD: 0,
      prevU: 0,
      prevN: 3,
      weekI: 0,
      weekD: 0,
      weekU: 0,
      weekN: 3,
      monthI: 0,
      monthD: 0,
      monthU: 0,
      monthN: 3,
    };
    const { checkedAt, ...figures } = pointFromTotals(totals);
    expect(checkedAt).toBe(totals.at);
    expect(figures).toEqual(figuresOf([state(1), state(null), state(12, true)]));
  });

  it("groups by tag: a keyword with two tags counts in both, untagged last", () => {
    const tags = tagFigures([
      { tags: ["b", "a"], state: state(2) },
      { tags: [], state: state(4) },
      { tags: ["b"], state: state(undefined) },
    ]);
    expect(tags.map((t) => [t.tag, t.total, t.figures.keywords])).toEqual([
      ["a", 1, 1],
      ["b", 2, 1],
      [null, 1, 1],
    ]);
  });
});
