import { describe, expect, it } from "vitest";
import { nextSlot } from "@/lib/db/queries/keyword-checks";
import { changeBetween } from "./rankings";

describe("changeBetween", () => {
  it("counts places gained as positive", () => {
    expect(changeBetween({ status: "ok", position: 12 }, { status: "ok", position: 7 })).toBe(5);
    expect(changeBetween({ status: "ok", position: 3 }, { status: "ok", position: 9 })).toBe(-6);
  });

  it("names entering and dropping out of the top 100", () => {
    expect(changeBetween({ status: "ok", position: null }, { status: "ok", position: 40 })).toBe(
      "entered",
    );
    expect(changeBetween({ status: "ok", position: 40 }, { status: "ok", position: null })).toBe(
      "dropped",
    );
  });

  it("never compares with a failed check or a missing one", () => {
    expect(changeBetween({ status: "failed", position: null }, { status: "ok", position: 4 })).toBe(
      null,
    );
    expect(changeBetween({ status: "ok", position: 4 }, { status: "failed", position: null })).toBe(
      null,
    );
    expect(changeBetween(null, { status: "ok", position: 4 })).toBe(null);
  });
});

describe("nextSlot", () => {
  const h = 3_600_000;
  it("is one interval later, keeping the time of day", () => {
    const from = new Date("2026-03-10T10:00:00Z");
    expect(nextSlot(from, 24, from).toISOString()).toBe("2026-03-11T10:00:00.000Z");
  });

  it("skips missed slots instead of replaying them", () => {
    const from = new Date("2026-03-10T10:00:00Z");
    const now = new Date(from.getTime() + 3 * 24 * h + 5 * h);
    expect(nextSlot(from, 24, now).toISOString()).toBe("2026-03-14T10:00:00.000Z");
  });
});
