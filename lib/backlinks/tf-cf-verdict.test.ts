import { describe, expect, it } from "vitest";
import { formatRatio, tfCfVerdict } from "./tf-cf-verdict";

describe("tfCfVerdict (provider spec: ratio > 0.5 good; high CF + low TF spammy)", () => {
  it("calls a ratio above 0.5 good", () => {
    const v = tfCfVerdict(34, 41);
    expect(v.tone).toBe("good");
    expect(v.ratio).toBeCloseTo(34 / 41);
    expect(v.explanation).toMatch(/above 0\.5 is good/);
  });

  it("flags high CF with low TF as spammy", () => {
    const v = tfCfVerdict(7, 44);
    expect(v.tone).toBe("spammy");
    expect(v.label).toMatch(/spammy/i);
  });

  it("does not call exactly 0.5 good (the rule is strictly greater)", () => {
    expect(tfCfVerdict(20, 40).tone).toBe("spammy");
    expect(tfCfVerdict(21, 40).tone).toBe("good");
  });

  it("gives no verdict without citation flow instead of dividing by zero", () => {
    const v = tfCfVerdict(0, 0);
    expect(v).toMatchObject({ ratio: null, tone: "none" });
    expect(formatRatio(v.ratio)).toBe("—");
  });

  it("uses the dialect's labels in the explanation", () => {
    const v = tfCfVerdict(10, 40, { trust: "Domain InLink Rank", citation: "Page InLink Rank" });
    expect(v.explanation).toContain("Domain InLink Rank");
    expect(v.explanation).not.toContain("Trust Flow");
  });
});
