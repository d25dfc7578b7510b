import { describe, expect, it } from "vitest";
import { SPAM_LINKS_PER_DOMAIN, TRUSTED_DT } from "@/lib/backlinks/inlink-rank-verdict";
import { qualifyInlinkRank } from "./qualify-inlink-rank";

const rules = { minTrustFlow: 10 };

describe("qualifyInlinkRank (DT/PT rules)", () => {
  it("passes a domain at the minimum DT with a normal link density", () => {
    const q = qualifyInlinkRank(
      { domainTrust: 10, referringDomains: 50, totalBacklinks: 100 },
      rules,
    );
    expect(q).toEqual({ verdict: "pass", reason: "DT 10 ≥ 10, 2.0 links/RD" });
  });

  it("rejects below the minimum DT", () => {
    const q = qualifyInlinkRank(
      { domainTrust: 9, referringDomains: 50, totalBacklinks: 100 },
      rules,
    );
    expect(q.verdict).toBe("reject");
    expect(q.reason).toContain("below the minimum of 10");
  });

  it("rejects as spam: dense links on a low-DT domain, but not on a trusted one", () => {
    const dense = { referringDomains: 10, totalBacklinks: 10 * SPAM_LINKS_PER_DOMAIN + 1 };
    const spam = qualifyInlinkRank({ domainTrust: TRUSTED_DT - 1, ...dense }, rules);
    expect(spam.verdict).toBe("reject");
    expect(spam.reason).toMatch(/^Spam profile/);
    expect(qualifyInlinkRank({ domainTrust: TRUSTED_DT, ...dense }, rules).verdict).toBe("pass");
  });

  it("unknown link counts are never taken as 0: review, saying the counts are unknown", () => {
    const q = qualifyInlinkRank(
      { domainTrust: 50, referringDomains: null, totalBacklinks: 1200 },
      rules,
    );
    expect(q).toEqual({ verdict: "review", reason: "DT 50 but link counts unknown to back it" });
  });

  it("never mentions TF or CF", () => {
    const q = qualifyInlinkRank({ domainTrust: 50, referringDomains: 0, totalBacklinks: 0 }, rules);
    expect(q.verdict).toBe("review");
    expect(q.reason).not.toMatch(/TF|CF/);
  });
});
