import { describe, expect, it } from "vitest";
import { addDomainsSchema, rulesSchema, splitDomainInput, splitDomainLines } from "./prospects";

describe("splitDomainInput", () => {
  it("splits on new lines, commas, semicolons, tabs and spaces, dropping blanks", () => {
    expect(splitDomainInput("a.com\r\nb.com, c.com  d.com;e.com\n\n\tf.com,")).toEqual([
      "a.com",
      "b.com",
      "c.com",
      "d.com",
      "e.com",
      "f.com",
    ]);
    expect(splitDomainInput(" \n , ")).toEqual([]);
  });

  it("a space splits only between domains: 'exa mple.com' is kept whole (and refused later)", () => {
    expect(splitDomainLines("a.com\n  exa mple.com  \nb.com, c.com d.com")).toEqual({
      entries: ["a.com", "exa mple.com", "b.com", "c.com", "d.com"],
      lines: [1, 2, 3, 3, 3],
    });
  });
});

describe("schemas", () => {
  it("caps one add at 10,000 lines with a message that says what to do", () => {
    const tooMany = { entries: Array.from({ length: 10_001 }, (_, i) => `d${i}.com`) };
    const result = addDomainsSchema.safeParse(tooMany);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 10,000 .*split the file/);
  });

  it("refuses entries that are all blank, saying what to do", () => {
    for (const entries of [[""], ["", "   "]]) {
      const result = addDomainsSchema.safeParse({ entries });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/Every line is blank: paste or upload/);
    }
    expect(addDomainsSchema.safeParse({ entries: ["", "a.com"] }).success).toBe(true);
  });

  it("bounds the rules", () => {
    const ok = { minTrustFlow: 10, minRatio: 0.5, spamMinCitationFlow: 30, spamMaxRatio: 0.3 };
    expect(rulesSchema.safeParse(ok).success).toBe(true);
    expect(rulesSchema.safeParse({ ...ok, minTrustFlow: 101 }).error?.issues[0]?.message).toBe(
      "Minimum TF must be between 0 and 100",
    );
    expect(rulesSchema.safeParse({ ...ok, minTrustFlow: 1.5 }).success).toBe(false);
    expect(rulesSchema.safeParse({ ...ok, minRatio: -1 }).success).toBe(false);
  });
});
