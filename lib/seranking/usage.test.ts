// Credits per reply, by feature: the figure usage is recorded in. Prices are the dialect's
// (from the reference); sizes come from the request and the reply, never from a guess.
import { describe, expect, it } from "vitest";
import { dataV1 } from "./dialects/data-v1";
import { providerV3 } from "./dialects/provider-v3";
import { usageOf } from "./usage";

const url = (path: string) => new URL(`https://api.seranking.com${path}`);

describe("usageOf", () => {
  it("bills metrics and authority per target, both to prospects", () => {
    const body = { target: ["a.com", "b.com", "c.com"] };
    expect(usageOf(dataV1, url("/v1/backlinks/metrics"), body, {})).toEqual({
      feature: "prospects",
      credits: 3,
    });
    expect(usageOf(dataV1, url("/v1/backlinks/authority"), body, {})).toEqual({
      feature: "prospects",
      credits: 3,
    });
  });

  it("bills backlink lists per returned row and the summary at 100 per target", () => {
    const reply = { backlinks: [{}, {}, {}, {}], next: "x" };
    expect(usageOf(dataV1, url("/v1/backlinks/raw?target=a.com"), undefined, reply)).toEqual({
      feature: "backlinks",
      credits: 4,
    });
    expect(usageOf(dataV1, url("/v1/backlinks/summary?target=a.com"), undefined, {})).toEqual({
      feature: "backlinks",
      credits: 100,
    });
  });

  it("bills referring domains and anchors per returned row, as the list (no published figure)", () => {
    const refdomains = { refdomains: [{}, {}] };
    expect(
      usageOf(dataV1, url("/v1/backlinks/refdomains?target=a.com"), undefined, refdomains),
    ).toEqual({
      feature: "backlinks",
      credits: 2,
    });
    const anchors = { anchors: [{}, {}, {}] };
    expect(usageOf(dataV1, url("/v1/backlinks/anchors?target=a.com"), undefined, anchors)).toEqual({
      feature: "backlinks",
      credits: 3,
    });
  });

  it("a key check is free; an unknown path is 'other' at 0, never an invented figure", () => {
    expect(usageOf(dataV1, url("/v1/account/subscription"), undefined, {}).credits).toBe(0);
    expect(usageOf(dataV1, url("/v1/serp/classic/tasks"), undefined, {})).toEqual({
      feature: "other",
      credits: 0,
    });
  });

  it("keyword checks bill per returned row on both APIs", () => {
    expect(usageOf(dataV1, url("/v1/domain/keywords"), undefined, [{}, {}]).credits).toBe(2);
    expect(usageOf(providerV3, url("/keywords/check/"), {}, [{}, {}, {}])).toEqual({
      feature: "keywords",
      credits: 3,
    });
  });
});
