import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, qualify, tfCfRatio } from "./qualify";

const rules = { minTrustFlow: 10, minRatio: 0.5, spamMinCitationFlow: 30, spamMaxRatio: 0.3 };

describe("qualify", () => {
  it("passes a healthy profile and says why", () => {
    expect(qualify({ trustFlow: 34, citationFlow: 41 }, rules)).toEqual({
      verdict: "pass",
      reason: "TF 34 ≥ 10 and TF/CF 0.83 ≥ 0.50",
    });
  });

  it("rejects high CF with a low ratio as spam, before any other rule", () => {
    const q = qualify({ trustFlow: 7, citationFlow: 44 }, rules);
    expect(q.verdict).toBe("reject");
    expect(q.reason).toBe("Spam profile: CF 44 ≥ 30 with TF/CF 0.16 < 0.30");
  });

  it("does not call low CF spam even with a low ratio", () => {
    const q = qualify({ trustFlow: 12, citationFlow: 29 }, rules);
    expect(q).toEqual({ verdict: "review", reason: "TF/CF 0.41 is below 0.50 (TF 12, CF 29)" });
  });

  it("rejects a TF below the minimum", () => {
    expect(qualify({ trustFlow: 9, citationFlow: 10 }, rules)).toEqual({
      verdict: "reject",
      reason: "TF 9 is below the minimum of 10",
    });
  });

  it("treats the thresholds as inclusive minimums", () => {
    expect(qualify({ trustFlow: 10, citationFlow: 20 }, rules).verdict).toBe("pass");
    // CF exactly at the spam threshold with ratio exactly at the spam ratio is not spam.
    expect(qualify({ trustFlow: 9, citationFlow: 30 }, { ...rules, minTrustFlow: 0 }).verdict).toBe(
      "review",
    );
    expect(qualify({ trustFlow: 8, citationFlow: 30 }, rules).reason).toMatch(/^Spam profile/);
  });

  it("handles CF 0: no backlinks is a reject, TF without CF is a review", () => {
    expect(qualify({ trustFlow: 0, citationFlow: 0 }, rules).verdict).toBe("reject");
    expect(qualify({ trustFlow: 0, citationFlow: 0 }, { ...rules, minTrustFlow: 0 })).toEqual({
      verdict: "review",
      reason: "CF is 0, so TF/CF cannot be judged (TF 0)",
    });
    expect(qualify({ trustFlow: 15, citationFlow: 0 }, rules).verdict).toBe("review");
  });

  it("changes verdicts when the rules change", () => {
    const m = { trustFlow: 20, citationFlow: 50 };
    expect(qualify(m, rules).verdict).toBe("review");
    expect(qualify(m, { ...rules, minRatio: 0.4 }).verdict).toBe("pass");
    expect(qualify(m, { ...rules, minTrustFlow: 25 }).verdict).toBe("reject");
    expect(qualify(m, { ...rules, spamMaxRatio: 0.45 }).reason).toMatch(/^Spam profile/);
  });

  it("ships defaults that follow the spec's 0.5 guidance", () => {
    expect(DEFAULT_RULES.minRatio).toBe(0.5);
    expect(tfCfRatio({ trustFlow: 1, citationFlow: 0 })).toBeNull();
    expect(tfCfRatio({ trustFlow: 1, citationFlow: 4 })).toBe(0.25);
  });
});
