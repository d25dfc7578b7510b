import { describe, expect, it } from "vitest";
import { nextDueAt, type ProjectSchedule, zonedInstant } from "./next-due";

const iso = (d: Date) => d.toISOString();
const weekly = (day: number, time = "09:00"): ProjectSchedule => ({
  frequency: "weekly",
  day,
  time,
});

describe("zonedInstant", () => {
  it("places a wall-clock time in its zone, summer and winter", () => {
    expect(iso(zonedInstant({ y: 2026, m: 7, d: 6 }, 9 * 60, "Europe/Berlin"))).toBe(
      "2026-07-06T07:00:00.000Z",
    );
    expect(iso(zonedInstant({ y: 2026, m: 12, d: 7 }, 9 * 60, "Europe/Berlin"))).toBe(
      "2026-12-07T08:00:00.000Z",
    );
    expect(iso(zonedInstant({ y: 2026, m: 12, d: 7 }, 9 * 60, "America/New_York"))).toBe(
      "2026-12-07T14:00:00.000Z",
    );
  });

  it("moves a time skipped in spring on by the gap, and takes the first of an autumn repeat", () => {
    // Berlin: 29 Mar 2026 02:00 → 03:00; 25 Oct 2026 03:00 → 02:00.
    expect(iso(zonedInstant({ y: 2026, m: 3, d: 29 }, 150, "Europe/Berlin"))).toBe(
      "2026-03-29T01:30:00.000Z", // 03:30 CEST
    );
    expect(iso(zonedInstant({ y: 2026, m: 10, d: 25 }, 150, "Europe/Berlin"))).toBe(
      "2026-10-25T00:30:00.000Z", // 02:30 CEST, the first 02:30
    );
  });
});

describe("nextDueAt", () => {
  it("daily: today's time when still ahead, else tomorrow's", () => {
    const daily: ProjectSchedule = { frequency: "daily", day: null, time: "09:00" };
    expect(iso(nextDueAt(daily, "UTC", new Date("2026-12-02T08:59:00Z")))).toBe(
      "2026-12-02T09:00:00.000Z",
    );
    expect(iso(nextDueAt(daily, "UTC", new Date("2026-12-02T09:00:00Z")))).toBe(
      "2026-12-03T09:00:00.000Z",
    );
  });

  it("daily skips missed slots instead of replaying them", () => {
    const daily: ProjectSchedule = { frequency: "daily", day: null, time: "10:00" };
    const anchor = new Date("2026-03-10T10:00:00Z");
    const now = new Date("2026-03-13T15:00:00Z");
    expect(iso(nextDueAt(daily, "UTC", now, { anchor, lastScheduled: now }))).toBe(
      "2026-03-14T10:00:00.000Z",
    );
  });

  it("daily keeps 09:00 local across the spring DST change", () => {
    const daily: ProjectSchedule = { frequency: "daily", day: null, time: "09:00" };
    const tz = "America/New_York"; // 8 Mar 2026: clocks go forward
    const sat = nextDueAt(daily, tz, new Date("2026-03-07T15:00:00Z"));
    const sun = nextDueAt(daily, tz, sat);
    expect(iso(sat)).toBe("2026-03-08T13:00:00.000Z"); // 09:00 EDT
    expect(sun.getTime() - new Date("2026-03-07T14:00:00Z").getTime()).toBe(47 * 3_600_000);
  });

  it("weekly on Monday: the coming Monday, in the workspace's zone", () => {
    // Wed 2 Dec 2026 → Mon 7 Dec 09:00 Berlin = 08:00 UTC.
    expect(iso(nextDueAt(weekly(1), "Europe/Berlin", new Date("2026-12-02T10:00:00Z")))).toBe(
      "2026-12-07T08:00:00.000Z",
    );
    // Sunday 23:30 UTC is already Monday 00:30 in Tokyo: that Monday's 09:00 is still ahead.
    expect(iso(nextDueAt(weekly(1), "Asia/Tokyo", new Date("2026-12-06T23:30:00Z")))).toBe(
      "2026-12-07T00:00:00.000Z",
    );
    // Sunday = 7.
    expect(iso(nextDueAt(weekly(7, "18:30"), "UTC", new Date("2026-12-02T10:00:00Z")))).toBe(
      "2026-12-06T18:30:00.000Z",
    );
  });

  it("monthly on the 31st: the last day of shorter months", () => {
    const monthly: ProjectSchedule = { frequency: "monthly", day: 31, time: "06:00" };
    const jan = nextDueAt(monthly, "UTC", new Date("2027-01-15T00:00:00Z"));
    const feb = nextDueAt(monthly, "UTC", jan);
    const mar = nextDueAt(monthly, "UTC", feb);
    const apr = nextDueAt(monthly, "UTC", mar);
    expect([jan, feb, mar, apr].map(iso)).toEqual([
      "2027-01-31T06:00:00.000Z",
      "2027-02-28T06:00:00.000Z",
      "2027-03-31T06:00:00.000Z",
      "2027-04-30T06:00:00.000Z",
    ]);
    const leap = nextDueAt(monthly, "UTC", new Date("2028-02-01T00:00:00Z"));
    expect(iso(leap)).toBe("2028-02-29T06:00:00.000Z");
  });

  it("every 3 days counts from the previous slot and skips missed ones", () => {
    const s: ProjectSchedule = { frequency: "every_3_days", day: null, time: "07:00" };
    const anchor = new Date("2026-12-01T07:00:00Z");
    expect(iso(nextDueAt(s, "UTC", anchor, { anchor }))).toBe("2026-12-04T07:00:00.000Z");
    // The server was down for a week: the next slot on the same 3-day grid after now.
    expect(iso(nextDueAt(s, "UTC", new Date("2026-12-08T12:00:00Z"), { anchor }))).toBe(
      "2026-12-10T07:00:00.000Z",
    );
    // Without a previous slot: the next time of day.
    expect(iso(nextDueAt(s, "UTC", new Date("2026-12-08T12:00:00Z")))).toBe(
      "2026-12-09T07:00:00.000Z",
    );
  });

  it("a day that had its scheduled check gets no second one when the time moves later", () => {
    const monday9 = new Date("2026-12-07T09:00:00Z");
    const tenPast = new Date("2026-12-07T10:00:00Z");
    expect(iso(nextDueAt(weekly(1, "15:00"), "UTC", tenPast, { lastScheduled: monday9 }))).toBe(
      "2026-12-14T15:00:00.000Z",
    );
    expect(iso(nextDueAt(weekly(1, "15:00"), "UTC", tenPast))).toBe("2026-12-07T15:00:00.000Z");
  });
});
