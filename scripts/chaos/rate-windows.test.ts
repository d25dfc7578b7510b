import { describe, expect, it } from "vitest";
import { busiestWindow, tooManyRequests } from "./rate-windows";

const at = (ms: number, keyId = "k1", status = 200) => ({
  time: new Date(1_000_000 + ms).toISOString(),
  keyId,
  status,
});

describe("the busiest rolling second per key", () => {
  it("counts the arrivals inside the fullest window, per key", () => {
    const arrivals = [0, 100, 200, 999, 1000, 1500, 1999].map((ms) => at(ms));
    // 0..999 holds four; 1000..1999 holds three; 200..1199 holds three.
    expect(busiestWindow(arrivals).get("k1")).toBe(4);
  });

  it("keeps keys apart and ignores unauthenticated requests", () => {
    const arrivals = [at(0, "a"), at(10, "b"), at(20, "a"), { ...at(30), keyId: null }];
    const result = busiestWindow(arrivals);
    expect(result.get("a")).toBe(2);
    expect(result.get("b")).toBe(1);
    expect(result.size).toBe(2);
  });

  it("counts 429 answers", () => {
    expect(tooManyRequests([at(0), at(1, "k1", 429), at(2, "k1", 429)])).toBe(2);
  });
});
