import { describe, expect, it } from "vitest";
import { ctrAt, visibilityPercent } from "./ctr-curve";
import { classify, type GlanceCheckRow, glanceFigures, MONTH_MS, WEEK_MS } from "./glance-figures";

const ok = (position: number | null) => ({ status: "ok", position });
const failed = { status: "failed", position: null };
const T0 = Date.UTC(2026, 0, 1, 6);
const row = (
  keywordId: string,
  at: number,
  position: number | null,
  status: "ok" | "failed" = "ok",
): GlanceCheckRow => ({ keywordId, at, position, status });

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

describe("glanceFigures", () => {
  it("is empty before the first check, and while every check so far failed", () => {
    expect(glanceFigures([{ id: "a", tags: [] }], [])).toEqual({
      total: 1,
      latest: null,
      points: [],
      tags: [],
    });
    const onlyFailed = glanceFigures([{ id: "a", tags: [] }], [row("a", T0, null, "failed")]);
    expect(onlyFailed.latest).toBeNull();
    expect(onlyFailed.points).toEqual([]);
  });

  it("looks back exactly as far as the table: 6.5 and 29.5 days", () => {
    const keywords = [{ id: "a", tags: [] }];
    const edge = glanceFigures(keywords, [
      row("a", T0, 10),
      row("a", T0 + WEEK_MS, 5),
      row("a", T0 + MONTH_MS, 7),
    ]).latest!;
    // Latest 7 vs the good check 6.5 days back (5): declined; vs 29.5 days back (10): improved.
    expect(edge.week).toMatchObject({ declined: 1, improved: 0 });
    expect(edge.month).toMatchObject({ improved: 1, declined: 0 });
    const short = glanceFigures(keywords, [row("a", T0, 10), row("a", T0 + WEEK_MS - 1, 5)]);
    expect(short.latest!.week).toMatchObject({ notCompared: 1 });
  });

  it("ignores rows of keywords no longer tracked", () => {
    const view = glanceFigures([{ id: "a", tags: [] }], [row("a", T0, 3), row("gone", T0, 1)]);
    expect(view.latest).toMatchObject({ keywords: 1, averagePosition: 3 });
  });

  it("makes one point per instant even when its rows interleave keywords", () => {
    const view = glanceFigures(
      [
        { id: "a", tags: ["x"] },
        { id: "b", tags: ["x"] },
      ],
      [row("a", T0, 1), row("b", T0, 3), row("b", T0 + 1000, 2)],
    );
    expect(view.points.map((p) => p.averagePosition)).toEqual([2, 1.5]);
    expect(view.tags).toMatchObject([{ tag: "x", total: 2 }]);
  });
});
