import { describe, expect, it } from "vitest";
import { positionDomain, positionTicks } from "@/components/charts/position-history-chart";

describe("position chart scale", () => {
  it("hugs the data instead of spanning 1–100", () => {
    expect(positionDomain([40, 35, 38])).toEqual([34, 41]);
    expect(positionDomain([3, 9, 8])).toEqual([2, 10]);
  });

  it("never goes above 1 or below 100, and has a default when nothing ranked", () => {
    expect(positionDomain([1, 100])).toEqual([1, 100]);
    expect(positionDomain([])).toEqual([1, 100]);
  });

  it("labels the axis with round numbers that cover the data", () => {
    expect(positionTicks([2, 10])).toEqual([2, 4, 6, 8, 10]);
    // 34–41 is not labelled 34, 36, 38, 40, 41: the axis widens to 34–42.
    expect(positionTicks([34, 41])).toEqual([34, 36, 38, 40, 42]);
    // Position 1 stands in for 0 at the top; 1–100 steps by 20.
    expect(positionTicks([1, 100])).toEqual([1, 20, 40, 60, 80, 100]);
    expect(positionTicks([3, 27])).toEqual([1, 5, 10, 15, 20, 25, 30]);
  });
});
