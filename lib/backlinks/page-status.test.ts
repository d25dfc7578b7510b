import { describe, expect, it } from "vitest";
import { offsetPageExtent, storedExtent } from "./list-extent";
import { hasNextPage, pageStatus, previousPage } from "./page-status";

describe("offsetPageExtent", () => {
  it("a full page proves rows up to it and nothing about the end", () => {
    expect(offsetPageExtent(1350, 50, 50)).toEqual({ atLeast: 1400, end: null });
  });
  it("a short page is the end, whatever the summary says", () => {
    expect(offsetPageExtent(1750, 30, 50)).toEqual({ atLeast: 1780, end: 1780 });
    expect(offsetPageExtent(0, 0, 50)).toEqual({ atLeast: 0, end: 0 });
  });
  it("an empty page past the start claims nothing", () => {
    expect(offsetPageExtent(500, 0, 50)).toEqual({ atLeast: 0, end: null });
  });
});

describe("storedExtent", () => {
  it("is exact only once the walk is complete", () => {
    expect(storedExtent(250, false)).toEqual({ atLeast: 250, end: null });
    expect(storedExtent(1780, true)).toEqual({ atLeast: 1780, end: 1780 });
  });
});

describe("paging a list longer than its summary (1,400 said, 1,780 there)", () => {
  // Page 28 of what the summary implies: full, so page 29 must be reachable.
  const page28 = { page: 28, limit: 50, shown: 50, summaryTotal: 1400 };
  it("page 28 is not the last page and says so", () => {
    const input = { ...page28, extent: offsetPageExtent(1350, 50, 50) };
    expect(hasNextPage(input)).toBe(true);
    expect(pageStatus(input)).toBe("Rows 1,351–1,400 of at least 1,400 · page 28");
  });
  it("the short last page gives the exact count and quotes the summary's", () => {
    const input = { ...page28, page: 36, shown: 30, extent: offsetPageExtent(1750, 30, 50) };
    expect(hasNextPage(input)).toBe(false);
    expect(pageStatus(input)).toBe(
      "Rows 1,751–1,780 of 1,780 · page 36 of 36 (the summary counts 1,400)",
    );
  });
  it("a stored walk still under way says 'at least' what it holds", () => {
    const input = {
      page: 2,
      limit: 50,
      shown: 50,
      extent: storedExtent(100, false),
      summaryTotal: 1400,
    };
    expect(pageStatus(input)).toBe(
      "Rows 51–100 of at least 100 · page 2 (the summary counts 1,400)",
    );
    expect(hasNextPage(input)).toBe(true);
  });
});

describe("paging a list shorter than its summary (1,400 said, 1,020 there)", () => {
  it("a full last page of a complete walk has no next page", () => {
    const input = { page: 2, limit: 510, shown: 510, extent: storedExtent(1020, true) };
    expect(hasNextPage(input)).toBe(false);
    expect(pageStatus({ ...input, summaryTotal: 1400 })).toBe(
      "Rows 511–1,020 of 1,020 · page 2 of 2 (the summary counts 1,400)",
    );
  });
  it("a page past the end says so and Previous goes back into the list", () => {
    const input = { page: 28, limit: 50, shown: 0, extent: offsetPageExtent(1350, 0, 50) };
    expect(pageStatus(input)).toBe("Page 28 is past the end of the list");
    expect(hasNextPage(input)).toBe(false);
    expect(previousPage(input)).toBe(27);
    const known = { ...input, extent: storedExtent(1020, true) };
    expect(previousPage(known)).toBe(21);
  });
});

describe("pageStatus", () => {
  it("counts matches without quoting the summary", () => {
    const input = { page: 1, limit: 50, shown: 12, extent: storedExtent(12, true), matching: true };
    expect(pageStatus({ ...input, summaryTotal: 900 })).toBe(
      "Rows 1–12 of 12 matching · page 1 of 1",
    );
  });
  it("no quote when the summary agrees", () => {
    const input = {
      page: 1,
      limit: 50,
      shown: 40,
      extent: offsetPageExtent(0, 40, 50),
      summaryTotal: 40,
    };
    expect(pageStatus(input)).toBe("Rows 1–40 of 40 · page 1 of 1");
  });
});
