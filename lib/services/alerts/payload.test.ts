import { describe, expect, it } from "vitest";
import { alertMail, alertPayload, webhookBody } from "./payload";

const payload = alertPayload({
  type: "alert",
  workspace: { slug: "acme", name: "Acme" },
  rule: { id: "r1", name: "Top 10 watch", kind: "keyword_top_n" },
  events: [
    {
      id: "e1",
      title: '"seo tools" left the top 10 for example.com (#7 → #14)',
      occurredAt: new Date("2026-12-02T09:00:00Z"),
      details: { keyword: "seo tools", from: 7, to: 14 },
    },
  ],
  now: new Date("2026-12-02T09:00:05Z"),
});

describe("alert payloads", () => {
  it("sends receivers the documented JSON shape", () => {
    expect(JSON.parse(webhookBody(payload, "json"))).toEqual({
      type: "alert",
      workspace: { slug: "acme", name: "Acme" },
      rule: { id: "r1", name: "Top 10 watch", kind: "keyword_top_n" },
      events: [
        {
          id: "e1",
          title: '"seo tools" left the top 10 for example.com (#7 → #14)',
          occurredAt: "2026-12-02T09:00:00.000Z",
          details: { keyword: "seo tools", from: 7, to: 14 },
        },
      ],
      sentAt: "2026-12-02T09:00:05.000Z",
    });
  });

  it("sends Slack only a text field, the rule then one line per event", () => {
    expect(JSON.parse(webhookBody(payload, "slack"))).toEqual({
      text: 'Top 10 watch (Acme)\n• "seo tools" left the top 10 for example.com (#7 → #14)',
    });
  });

  it("mails the rule as the subject and the events in the body, with where to change it", () => {
    const mail = alertMail("team@example.com", payload);
    expect(mail.subject).toBe("Top 10 watch (Acme)");
    expect(mail.text).toContain('• "seo tools" left the top 10 for example.com (#7 → #14)');
    expect(mail.text).toContain("Settings → Alerts");
  });
});
