import { describe, expect, it } from "vitest";
import { monthIn } from "../budgets/budget-month";
import { reportLinkMail } from "./report-mail";
import { nextMonthlySlot } from "./report-month";

const slot = (now: string, zone = "UTC") => nextMonthlySlot(new Date(now), zone).toISOString();

describe("nextMonthlySlot", () => {
  it("is the next 1st at 08:00 in a UTC workspace, across a year's end", () => {
    expect(slot("2026-11-15T12:00:00Z")).toBe("2026-12-01T08:00:00.000Z");
    expect(slot("2026-12-31T23:59:59Z")).toBe("2027-01-01T08:00:00.000Z");
    // Sent at 08:00 on the 1st: the next one is a month on, not the same morning.
    expect(slot("2027-01-01T08:00:30Z")).toBe("2027-02-01T08:00:00.000Z");
  });

  it("is 08:00 on the 1st in the workspace's own zone, summer or winter", () => {
    // New York: 08:00 EST is 13:00 UTC; 08:00 EDT (after the March change) is 12:00 UTC.
    expect(slot("2026-11-15T12:00:00Z", "America/New_York")).toBe("2026-12-01T13:00:00.000Z");
    expect(slot("2027-03-15T12:00:00Z", "America/New_York")).toBe("2027-04-01T12:00:00.000Z");
    // Auckland (UTC+13 in summer): the 1st of January starts on the 31st of December in UTC.
    const auckland = nextMonthlySlot(new Date("2026-12-15T00:00:00Z"), "Pacific/Auckland");
    expect(auckland.toISOString()).toBe("2026-12-31T19:00:00.000Z");
    expect(monthIn(auckland, "Pacific/Auckland")).toBe("2027-01");
  });
});

describe("reportLinkMail", () => {
  it("names the sender, the report and the month, and carries the one link", () => {
    const mail = reportLinkMail({
      to: "anna@client.example",
      workspaceName: "Agency",
      title: "Acme monthly",
      month: "2026-12",
      link: "https://app.example/r/srr_x",
      expiresOn: "15 Jan 2027",
    });
    expect(mail.to).toBe("anna@client.example");
    expect(mail.subject).toBe("Acme monthly: your report for 2026-12");
    expect(mail.text).toContain("Agency shares");
    expect(mail.text.match(/https?:\/\/\S+/g)).toEqual(["https://app.example/r/srr_x"]);
    expect(mail.text).toContain("until 15 Jan 2027");
  });
});
