import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatRelative,
  isTimeZone,
  localeFromHeader,
} from "./date-time";

const AT = "2026-03-10T23:30:00.000Z";

describe("dates in the viewer's locale and the workspace's time zone", () => {
  it("writes the same instant in the workspace's zone, not the server's", () => {
    expect(formatDateTime(AT, { locale: "en-GB", timeZone: "UTC" })).toBe("10 Mar 2026, 23:30");
    // Half past eight the next morning in Tokyo (UTC+9).
    expect(formatDateTime(AT, { locale: "en-GB", timeZone: "Asia/Tokyo" })).toBe(
      "11 Mar 2026, 08:30",
    );
    expect(formatDate(AT, { locale: "en-US", timeZone: "America/New_York" })).toBe("Mar 10, 2026");
  });

  it("follows the viewer's locale", () => {
    expect(formatDateTime(AT, { locale: "de-DE", timeZone: "Europe/Berlin" })).toBe(
      "11.03.2026, 00:30",
    );
  });

  it("says how long ago within a week, and nothing beyond", () => {
    const now = new Date("2026-03-11T02:30:00.000Z");
    expect(formatRelative(AT, now, "en")).toBe("3 hours ago");
    expect(formatRelative("2026-03-13T02:30:00.000Z", now, "en")).toBe("in 2 days");
    expect(formatRelative("2026-03-11T02:29:40.000Z", now, "en")).toBe("now");
    expect(formatRelative("2026-02-01T00:00:00.000Z", now, "en")).toBeNull();
  });

  it("knows real zone names only", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("takes the first usable language of Accept-Language", () => {
    expect(localeFromHeader("de-DE,de;q=0.9,en;q=0.8")).toBe("de-DE");
    expect(localeFromHeader("*")).toBe("en-GB");
    expect(localeFromHeader(null)).toBe("en-GB");
    expect(localeFromHeader("not a tag!!, fr")).toBe("fr");
  });
});
