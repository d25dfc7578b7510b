import { describe, expect, it } from "vitest";
import { localHour } from "./digest";

describe("digest hour", () => {
  it("reads the hour in the workspace's zone, not the server's", () => {
    const at = new Date("2026-12-02T07:30:00Z");
    expect(localHour(at, "UTC")).toBe(7);
    expect(localHour(at, "Europe/Berlin")).toBe(8); // UTC+1 in winter
    expect(localHour(at, "America/New_York")).toBe(2);
  });
});
