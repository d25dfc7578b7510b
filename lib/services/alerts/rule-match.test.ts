import { describe, expect, it } from "vitest";
import { matchDrop, matchTopN } from "./rule-match";

describe("matchTopN", () => {
  it("sees a keyword leave the top 10, including falling out of the top 100", () => {
    expect(matchTopN(7, 14, { topN: 10 })).toBe("left");
    expect(matchTopN(10, null, { topN: 10 })).toBe("left");
  });
  it("sees a keyword enter the top 3, including from outside the top 100", () => {
    expect(matchTopN(5, 3, { topN: 3 })).toBe("entered");
    expect(matchTopN(null, 1, { topN: 3 })).toBe("entered");
  });
  it("says nothing when the keyword stays on one side of the boundary", () => {
    expect(matchTopN(2, 9, { topN: 10 })).toBeNull();
    expect(matchTopN(11, 40, { topN: 10 })).toBeNull();
    expect(matchTopN(null, null, { topN: 100 })).toBeNull();
  });
  it("keeps to the watched direction", () => {
    expect(matchTopN(7, 14, { topN: 10, direction: "enter" })).toBeNull();
    expect(matchTopN(14, 7, { topN: 10, direction: "leave" })).toBeNull();
    expect(matchTopN(14, 7, { topN: 10, direction: "enter" })).toBe("entered");
  });
  it("treats position 10 as inside the top 10 and 11 as outside", () => {
    expect(matchTopN(11, 10, { topN: 10 })).toBe("entered");
    expect(matchTopN(10, 11, { topN: 10 })).toBe("left");
  });
});

describe("matchDrop", () => {
  it("answers the positions lost when they reach the threshold", () => {
    expect(matchDrop(4, 9, { dropBy: 5 })).toBe(5);
    expect(matchDrop(4, 8, { dropBy: 5 })).toBeNull();
  });
  it("counts leaving the top 100 as position 101", () => {
    expect(matchDrop(90, null, { dropBy: 10 })).toBe(11);
  });
  it("never alerts on a rise or on a keyword with no earlier position", () => {
    expect(matchDrop(9, 4, { dropBy: 1 })).toBeNull();
    expect(matchDrop(null, 50, { dropBy: 1 })).toBeNull();
  });
});
