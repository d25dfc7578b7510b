import { describe, expect, it } from "vitest";
import { inlinkRankVerdict, SPAM_LINKS_PER_DOMAIN, TRUSTED_DT } from "./inlink-rank-verdict";

describe("inlinkRankVerdict (DT/PT rule)", () => {
  it("trusted DT → good, whatever the link density", () => {
    const v = inlinkRankVerdict({
      domainTrust: TRUSTED_DT,
      totalBacklinks: 5000,
      referringDomains: 10,
    });
    expect(v.tone).toBe("good");
    expect(v.ratio).toBe(500);
  });

  it("low DT with many links per referring domain → spammy, and the rule is stated", () => {
    const rd = 100;
    const v = inlinkRankVerdict({
      domainTrust: TRUSTED_DT - 1,
      totalBacklinks: rd * SPAM_LINKS_PER_DOMAIN + 1,
      referringDomains: rd,
    });
    expect(v.tone).toBe("spammy");
    expect(v.explanation).toContain("backlinks per referring domain");
    expect(v.explanation).not.toMatch(/Trust Flow|Citation Flow/);
  });

  it("low DT without the pattern → low trust; no DT or no domains → no verdict", () => {
    expect(
      inlinkRankVerdict({ domainTrust: 5, totalBacklinks: 10, referringDomains: 5 }).label,
    ).toBe("Low trust");
    expect(
      inlinkRankVerdict({ domainTrust: null, totalBacklinks: 1, referringDomains: 1 }).tone,
    ).toBe("none");
    expect(
      inlinkRankVerdict({ domainTrust: 50, totalBacklinks: 0, referringDomains: 0 }).tone,
    ).toBe("none");
  });
});
