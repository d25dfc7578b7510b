import { describe, expect, it } from "vitest";
import { addDomainsSchema, rulesSchema, splitDomainInput } from "./prospects";

describe("splitDomainInput", () => {
  it("splits on new lines, commas, semicolons and spaces, dropping blanks", () => {
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
});

describe("schemas", () => {
  it("caps one add at 10,000 lines with a message that says what to do", () => {
    const tooMany = { entries: Array.from({ length: 10_001 }, (_, i) => `d${i}.com`) };
    const result = addDomainsSchema.safeParse(tooMany);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 10,000 .*split the file/);
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
