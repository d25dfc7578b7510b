// The slot algorithm every rate gate shares (in memory and the PostgreSQL row), on plain numbers.
import { describe, expect, it } from "vitest";
import { assertRate, nextSlot, queueGapMs, RATE_WINDOW_MS } from "./rate-gate";

/** Grants for requests arriving at `arrivals` (ascending), threading the kept history through. */
function grantAll(arrivals: number[], perSecond: number): number[] {
  let slots: number[] = [];
  return arrivals.map((now) => {
    const grant = nextSlot(slots, now, perSecond);
    slots = grant.slots;
    return grant.start;
  });
}

/** The most starts any window [t, t + 1000 ms) holds: what SE Ranking would count. */
function busiestSecond(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

// A deterministic spread of arrivals: bursts, gaps, and arrivals while others still queue.
function arrivals(count: number, seed: number): number[] {
  let x = seed;
  let t = 0;
  return Array.from({ length: count }, () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    t += x % 7 === 0 ? 1500 : x % 250;
    return t;
  });
}

describe("nextSlot", () => {
  it("lets the first N through at once; those that queue start a window after the N-th most recent, a small gap apart", () => {
    const starts = grantAll(Array(12).fill(0), 5);
    const gap = queueGapMs(5);
    expect(gap).toBeGreaterThan(0);
    expect(starts).toEqual([
      ...Array(5).fill(0),
      ...[0, 1, 2, 3, 4].map((i) => RATE_WINDOW_MS + i * gap),
      RATE_WINDOW_MS * 2,
      RATE_WINDOW_MS * 2 + gap,
    ]);
  });

  for (const perSecond of [1, 5, 10]) {
    it(`never puts more than ${perSecond} starts in any rolling second, nor starts before arrival`, () => {
      for (const seed of [1, 7, 42]) {
        const arrive = arrivals(400, seed);
        const starts = grantAll(arrive, perSecond);
        expect(busiestSecond(starts)).toBeLessThanOrEqual(perSecond);
        expect(starts.filter((s, i) => s < arrive[i]!)).toEqual([]);
      }
    });
  }

  it("does not hold back a request that the last N starts leave free", () => {
    // 10 at t=0, then one at 1,100 ms: the window has moved on, no wait.
    const grant = nextSlot(Array(10).fill(0), 1100, 10);
    expect(grant.start).toBe(1100);
  });

  it("keeps only what can still hold someone back", () => {
    const { slots } = nextSlot([0, 100, 200, 2000], 2100, 10);
    // 0, 100 and 200 all start a full window (1,050 ms) or more before 2,100: dropped.
    expect(slots).toEqual([2000, 2100]);
  });

  it("rejects a rate that is not positive (a misconfiguration, not a silent stall)", () => {
    expect(() => assertRate(0)).toThrow(RangeError);
    expect(() => assertRate(Number.NaN)).toThrow(RangeError);
  });
});
