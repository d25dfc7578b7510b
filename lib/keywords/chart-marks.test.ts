import { describe, expect, it } from "vitest";
import { chartMarks } from "./chart-marks";

const checks = ["2026-03-10T10:00:00.000Z", "2026-03-11T10:00:00.000Z", "2026-03-12T10:00:00.000Z"];

describe("chartMarks", () => {
  it("an event at a check is drawn at that check", () => {
    expect(chartMarks([{ at: checks[1]!, kind: "check_failed" }], checks)).toEqual([
      { x: checks[1], kind: "check_failed", count: 1 },
    ]);
  });
  it("an event between checks is drawn at the next check, grouped by kind", () => {
    const events = [
      { at: "2026-03-10T12:00:00.000Z", kind: "lost_link" as const },
      { at: "2026-03-11T00:00:00.000Z", kind: "lost_link" as const },
      { at: "2026-03-11T09:00:00.000Z", kind: "engine_changed" as const },
    ];
    expect(chartMarks(events, checks)).toEqual([
      { x: checks[1], kind: "lost_link", count: 2 },
      { x: checks[1], kind: "engine_changed", count: 1 },
    ]);
  });
  it("events before the first or after the last check are not drawn", () => {
    const events = [
      { at: "2026-03-01T00:00:00.000Z", kind: "lost_link" as const },
      { at: "2026-03-13T00:00:00.000Z", kind: "competitor_overtook" as const },
    ];
    expect(chartMarks(events, checks)).toEqual([]);
    expect(chartMarks(events, [])).toEqual([]);
  });
});
