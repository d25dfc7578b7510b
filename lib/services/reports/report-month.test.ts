import { describe, expect, it } from "vitest";
import { reportLinkMail } from "./report-mail";
import { firstOfNextMonth } from "./report-month";

describe("firstOfNextMonth", () => {
  it("is the first of the next month at 08:00 UTC, across a year's end", () => {
    expect(firstOfNextMonth(new Date("2026-11-15T12:00:00Z")).toISOString()).toBe(
      "2026-12-01T08:00:00.000Z",
    );
    expect(firstOfNextMonth(new Date("2026-12-31T23:59:59Z")).toISOString()).toBe(
      "2027-01-01T08:00:00.000Z",
    );
    // Sent at 08:00 on the 1st: the next one is a month on, not the same morning.
    expect(firstOfNextMonth(new Date("2027-01-01T08:00:30Z")).toISOString()).toBe(
      "2027-02-01T08:00:00.000Z",
    );
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
