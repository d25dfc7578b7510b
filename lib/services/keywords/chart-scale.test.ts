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

  it("labels both ends with whole numbers", () => {
    expect(positionTicks([2, 10])).toEqual([2, 4, 6, 8, 10]);
    expect(positionTicks([34, 41])).toEqual([34, 36, 38, 40, 41]);
  });
});
