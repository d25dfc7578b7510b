// The events each kind of rule derives from what happened, and the keys that keep them unique.
import { describe, expect, it } from "vitest";
import type { AlertRule } from "@/lib/db/schema";
import { alertRuleSchema } from "@/lib/validations/alerts";
import { creditRuleEvents } from "./account-evaluation";
import { backlinkRuleEvents } from "./backlink-evaluation";
import { keywordRuleEvents } from "./keyword-evaluation";

const rule = (kind: AlertRule["kind"], params: AlertRule["params"]) =>
  ({ id: "r1", kind, params }) as AlertRule;
const at = new Date("2026-12-02T09:00:00Z");
const ctx = { runId: "run-2", domain: "example.com", projectId: "p1", checkedAt: at };
const moves = [
  { keywordId: "k1", keyword: "seo tools", previous: 7, current: 14 },
  { keywordId: "k2", keyword: "rank tracker", previous: 3, current: 2 },
  { keywordId: "k3", keyword: "backlinks", previous: 12, current: null },
];

describe("keyword rules", () => {
  it("alerts the keyword that left the top 10, keyed by keyword and run", () => {
    const events = keywordRuleEvents(
      rule("keyword_top_n", { topN: 10, direction: "leave" }),
      moves,
      ctx,
    );
    expect(events.map((e) => e.dedupeKey)).toEqual(["k1:run-2:left-10"]);
    expect(events[0]!.title).toBe('"seo tools" left the top 10 for example.com (#7 → #14)');
  });
  it("alerts drops of at least N positions, out of the top 100 counting as 101", () => {
    const events = keywordRuleEvents(rule("keyword_drop", { dropBy: 7 }), moves, ctx);
    expect(events.map((e) => [e.dedupeKey, e.details.lost])).toEqual([
      ["k1:run-2:drop", 7],
      ["k3:run-2:drop", 89],
    ]);
  });
  it("gives the same keys when the same run is evaluated again, and new ones for a new run", () => {
    const r = rule("keyword_drop", { dropBy: 1 });
    const again = keywordRuleEvents(r, moves, ctx).map((e) => e.dedupeKey);
    expect(keywordRuleEvents(r, moves, ctx).map((e) => e.dedupeKey)).toEqual(again);
    const next = keywordRuleEvents(r, moves, { ...ctx, runId: "run-3" }).map((e) => e.dedupeKey);
    expect(next.some((k) => again.includes(k))).toBe(false);
  });
});

describe("backlink rules", () => {
  const change = (id: string, type: "new" | "lost", authority: number | null, nofollow = false) =>
    ({ id, type, authority, nofollow, refdomain: `${id}.com`, kind: "link" }) as never;
  const changes = [
    change("a", "lost", 60),
    change("b", "lost", 20),
    change("c", "new", 80),
    change("d", "lost", 90, true),
  ];
  it("alerts lost dofollow links from domains at or above the authority only", () => {
    const events = backlinkRuleEvents(rule("backlink_lost", { minAuthority: 60 }), changes, {
      domain: "example.com",
      at,
    });
    expect(events.map((e) => e.dedupeKey)).toEqual(["change:a"]);
  });
  it("alerts new links separately", () => {
    const events = backlinkRuleEvents(rule("backlink_new", { minAuthority: 50 }), changes, {
      domain: "example.com",
      at,
    });
    expect(events.map((e) => e.details.refdomain)).toEqual(["c.com"]);
  });
});

describe("credit rules", () => {
  const status = { month: "2026-12", budget: 1000, spent: 950, left: 50 };
  it("alerts once a month when credits left fall below the threshold", () => {
    const events = creditRuleEvents(rule("credits_low", { creditsBelow: 100 }), status, at);
    expect(events.map((e) => e.dedupeKey)).toEqual(["credits-below-100:2026-12"]);
    expect(creditRuleEvents(rule("credits_low", { creditsBelow: 50 }), status, at)).toEqual([]);
  });
  it("alerts when the budget is reached, and never without a budget", () => {
    const reached = { ...status, spent: 1000, left: 0 };
    expect(creditRuleEvents(rule("budget_reached", {}), reached, at)[0]?.dedupeKey).toBe(
      "budget-reached:2026-12",
    );
    expect(creditRuleEvents(rule("budget_reached", {}), status, at)).toEqual([]);
    const none = { ...reached, budget: null, left: null };
    expect(creditRuleEvents(rule("budget_reached", {}), none, at)).toEqual([]);
  });
});

describe("alert rule input", () => {
  it("refuses a rule that sends nowhere, saying what to add", () => {
    const result = alertRuleSchema.safeParse({
      name: "x",
      kind: "keyword_drop",
      params: { dropBy: 3 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /add an email recipient or a webhook endpoint/,
    );
  });
  it("refuses a top-N boundary other than 3, 10 or 100", () => {
    const result = alertRuleSchema.safeParse({
      name: "x",
      kind: "keyword_top_n",
      params: { topN: 20, direction: "both" },
      emailTo: ["a@example.com"],
    });
    expect(result.error?.issues[0]?.message).toBe("The boundary is the top 3, 10 or 100");
  });
});
