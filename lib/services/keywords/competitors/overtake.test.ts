import { describe, expect, it } from "vitest";
import { detectOvertakes, isAhead, isOvertake } from "./overtake";

const input = (
  before: [number | null, number | null] | undefined,
  now: [number | null, number | null] | undefined,
) => ({
  keywordId: "k",
  competitorId: "c",
  before: before && { ours: before[0], competitor: before[1] },
  now: now && { ours: now[0], competitor: now[1] },
});

describe("isAhead", () => {
  it("a smaller position is ahead; a tie is not", () => {
    expect(isAhead(3, 5)).toBe(true);
    expect(isAhead(5, 3)).toBe(false);
    expect(isAhead(4, 4)).toBe(false);
  });
  it("ranked beats unranked, unranked is never ahead", () => {
    expect(isAhead(90, null)).toBe(true);
    expect(isAhead(null, 50)).toBe(false);
    expect(isAhead(null, null)).toBe(false);
  });
});

describe("isOvertake", () => {
  it("competitor passes us: 5 behind our 3, then 2 ahead of our 3", () => {
    expect(isOvertake(input([3, 5], [3, 2]))).toBe(true);
  });
  it("we drop below a competitor that stayed put", () => {
    expect(isOvertake(input([3, 5], [8, 5]))).toBe(true);
  });
  it("we fall out of the top 100 while the competitor is ranked", () => {
    expect(isOvertake(input([10, 20], [null, 20]))).toBe(true);
  });
  it("a competitor entering the top 100 above us", () => {
    expect(isOvertake(input([10, null], [10, 4]))).toBe(true);
  });
  it("already ahead before: not a new event", () => {
    expect(isOvertake(input([5, 2], [6, 1]))).toBe(false);
  });
  it("from a tie to ahead is an overtake; from ahead to a tie is not", () => {
    expect(isOvertake(input([4, 4], [4, 3]))).toBe(true);
    expect(isOvertake(input([4, 3], [4, 4]))).toBe(false);
  });
  it("no check before or a failed check now: nothing to compare", () => {
    expect(isOvertake(input(undefined, [9, 1]))).toBe(false);
    expect(isOvertake(input([1, 9], undefined))).toBe(false);
  });
  it("both unranked before and after: nothing happened", () => {
    expect(isOvertake(input([null, null], [null, null]))).toBe(false);
  });
});

describe("detectOvertakes", () => {
  it("keeps only the overtakes, with the positions before and after", () => {
    const found = detectOvertakes([
      { ...input([3, 5], [3, 2]), competitorId: "a" },
      { ...input([3, 5], [3, 6]), competitorId: "b" },
    ]);
    expect(found).toEqual([
      {
        keywordId: "k",
        competitorId: "a",
        from: { ours: 3, competitor: 5 },
        to: { ours: 3, competitor: 2 },
      },
    ]);
  });
});
