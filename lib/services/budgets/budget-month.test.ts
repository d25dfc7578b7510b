import { describe, expect, it } from "vitest";
import { judgeBudget, monthIn } from "./budget-month";

describe("monthIn", () => {
  it("counts an instant in the workspace's month, not UTC's", () => {
    // 23:30 UTC on 31 January is already 1 February in Paris (UTC+1 in winter)…
    const lateJan = new Date("2026-01-31T23:30:00Z");
    expect(monthIn(lateJan, "UTC")).toBe("2026-01");
    expect(monthIn(lateJan, "Europe/Paris")).toBe("2026-02");
    // …and 03:00 UTC on 1 March is still February in New York (UTC-5).
    const earlyMar = new Date("2026-03-01T03:00:00Z");
    expect(monthIn(earlyMar, "America/New_York")).toBe("2026-02");
    expect(monthIn(earlyMar, "UTC")).toBe("2026-03");
  });

  it("turns the year at local midnight on 1 January", () => {
    expect(monthIn(new Date("2026-12-31T13:00:00Z"), "Pacific/Auckland")).toBe("2027-01");
    expect(monthIn(new Date("2026-12-31T10:59:59Z"), "Pacific/Auckland")).toBe("2026-12");
  });

  it("reads an unknown zone as UTC rather than failing", () => {
    expect(monthIn(new Date("2026-05-31T23:00:00Z"), "Mars/Olympus")).toBe("2026-05");
  });
});

describe("judgeBudget", () => {
  it("allows everything without a budget", () => {
    expect(judgeBudget({ budget: null, spent: 10_000, cost: 500 })).toEqual({
      allowed: true,
      left: null,
    });
  });

  it("allows a run that uses the budget up exactly, refuses one credit more", () => {
    expect(judgeBudget({ budget: 100, spent: 60, cost: 40 })).toEqual({ allowed: true, left: 40 });
    expect(judgeBudget({ budget: 100, spent: 60, cost: 41 })).toEqual({ allowed: false, left: 40 });
  });

  it("never reports less than 0 left once spending passed the budget", () => {
    expect(judgeBudget({ budget: 100, spent: 130, cost: 1 })).toEqual({ allowed: false, left: 0 });
  });

  it("lets free work (all cached) through even when the budget is spent", () => {
    expect(judgeBudget({ budget: 100, spent: 130, cost: 0 }).allowed).toBe(true);
  });
});
