import { describe, expect, it } from "vitest";
import { dataV1 } from "./dialects/data-v1";
import { providerV3 } from "./dialects/provider-v3";
import { metricStrategyFor } from "./metric-strategy";

const row = { trustFlow: 30, citationFlow: 40, domainInlinkRank: 55, inlinkRank: 12 };

describe("the metric strategy each dialect carries", () => {
  it("is the one the browser finds from the dialect's labels alone", () => {
    for (const dialect of [providerV3, dataV1]) {
      expect(dialect.metricStrategy.labels).toEqual(dialect.metricLabels);
      // Labels travel as JSON: the lookup must not depend on object identity.
      const received = JSON.parse(JSON.stringify(dialect.metricLabels));
      expect(metricStrategyFor(received)).toBe(dialect.metricStrategy);
    }
    expect(metricStrategyFor(undefined)).toBe(providerV3.metricStrategy);
  });

  it("shows only its own pair, so a DT never lands in a TF column", () => {
    expect(providerV3.metricStrategy.shown(row)).toEqual({
      trustFlow: 30,
      citationFlow: 40,
      domainInlinkRank: null,
      inlinkRank: null,
    });
    expect(dataV1.metricStrategy.shown(row)).toEqual({
      trustFlow: null,
      citationFlow: null,
      domainInlinkRank: 55,
      inlinkRank: 12,
    });
  });

  it("judges TF/CF only with both flows, DT/PT with Domain Trust alone", () => {
    expect(providerV3.metricStrategy.holds({ ...row, citationFlow: null })).toBe(false);
    expect(dataV1.metricStrategy.holds({ ...row, trustFlow: null, inlinkRank: null })).toBe(true);
    expect(dataV1.metricStrategy.holds({ ...row, domainInlinkRank: null })).toBe(false);
  });

  it("gives the DT/PT data no TF/CF spam zone and says which rules apply", () => {
    const rules = { minTrustFlow: 10, minRatio: 0.5, spamMinCitationFlow: 30, spamMaxRatio: 0.3 };
    expect(providerV3.metricStrategy.spamZone(rules)).toEqual({
      minCitationFlow: 30,
      maxRatio: 0.3,
    });
    expect(dataV1.metricStrategy.spamZone(rules)).toBeUndefined();
    expect(dataV1.metricStrategy.ruleField("minTrustFlow")?.label).toBe("Minimum DT");
    expect(providerV3.metricStrategy.ruleField("minTrustFlow")).toBeUndefined();
  });
});
