// The simulator's Data API answers, checked against schemas written from the reference document
// (data-v1-reply-schemas.ts) and its parameter table against the published OpenAPI file: the
// simulator follows the reference, not the client.
import { describe, expect, it } from "vitest";
import { DATA_V1_PARAMS } from "../dialects/data-v1-openapi-params";
import { DATA_API_DEMO_KEY, DATA_API_TRIAL_KEY } from "../keys";
import { creditsSpent } from "../request-log";
import { callJson, setupSimulator } from "../test-helpers";
import * as ref from "./data-v1-reply-schemas";
import { loadOpenApi, operationSpec } from "./openapi";

const sim = setupSimulator();
const key = DATA_API_DEMO_KEY;
const get = (path: string, k = key) => callJson(sim(), path, { key: k });
const post = (path: string, body: unknown) => callJson(sim(), path, { key, body });

function lastCredits(path: string): number | null {
  return sim().state.log.entries({ path }).at(-1)?.credits ?? null;
}

describe("data-v1 replies follow the reference", () => {
  it("/metrics: counts only, wrapped in `metrics`, 1 credit per target", async () => {
    const r = await post("/v1/backlinks/metrics", { target: ["a.com", "b.org"], mode: "domain" });
    expect(r.status).toBe(200);
    ref.metricsReply.parse(r.body);
    expect(lastCredits("/v1/backlinks/metrics")).toBe(2);
  });

  it("/authority: `pages` keyed by URL with both ranks; GET with target[]= works too", async () => {
    const r = await post("/v1/backlinks/authority", { target: ["example.com", "b.org"] });
    expect(ref.authorityReply.parse(r.body).pages).toHaveLength(2);
    const g = await get("/v1/backlinks/authority?target[]=example.com&target[]=c.net");
    expect(ref.authorityReply.parse(g.body).pages).toHaveLength(2);
  });

  it("/summary: wrapped, ranks 0–100, 100 credits per target", async () => {
    const r = await get("/v1/backlinks/summary?target=example.com&mode=domain");
    ref.summaryReply.parse(r.body);
    expect(lastCredits("/v1/backlinks/summary")).toBe(100);
  });

  it("/all and /raw: reference rows; /raw pages by a top-level `next` cursor, billed per record", async () => {
    const all = await get("/v1/backlinks/all?target=example.com&mode=domain&limit=20");
    expect(ref.allReply.parse(all.body).backlinks).toHaveLength(20);
    expect(lastCredits("/v1/backlinks/all")).toBe(20);
    const first = await get("/v1/backlinks/raw?target=example.com&mode=domain&limit=600");
    const p1 = ref.rawReply.parse(first.body);
    expect(p1.next).toBeTruthy();
    const second = await get(
      `/v1/backlinks/raw?target=example.com&mode=domain&limit=5000&next=${encodeURIComponent(p1.next!)}`,
    );
    const p2 = ref.rawReply.parse(second.body);
    expect(p2.next).toBeNull(); // example.com has 1,240 links: the second page is the last
    expect(p1.backlinks.length + p2.backlinks.length).toBe(1240);
    expect(creditsSpent(sim().state.log.entries({ path: "/v1/backlinks/raw" }))).toBe(1240);
  });

  it("/history: the reference's rows, reasons only for lost links, billed per record", async () => {
    sim().state.clock.set("2026-11-15");
    const r = await get(
      "/v1/backlinks/history?target=example.com&mode=domain&date_from=2026-11-02&date_to=2026-11-15",
    );
    const rows = ref.historyReply.parse(r.body).new_lost_backlinks;
    expect(rows.some((x) => x.new_lost_type === "new")).toBe(true);
    expect(rows.every((x) => (x.new_lost_type === "lost") === (x.reason_lost !== null))).toBe(true);
    expect(lastCredits("/v1/backlinks/history")).toBe(rows.length);
    sim().state.clock.set("2026-03-10");
  });

  it("/domain/keywords: a bare array", async () => {
    const r = await get("/v1/domain/keywords?source=us&domain=example.com&limit=10");
    expect(ref.domainKeywordsReply.parse(r.body).length).toBeGreaterThan(0);
  });

  it("/account/subscription (misspelt expiraton_date) and /credit-balance cost nothing", async () => {
    ref.subscriptionReply.parse((await get("/v1/account/subscription")).body);
    expect(lastCredits("/v1/account/subscription")).toBe(0);
    ref.creditBalanceReply.parse((await get("/v1/account/credit-balance")).body);
  });

  it.each([
    ["/v1/backlinks/raw?target=example.com&nofollow_filter=dofollow_only", "nofollow_filter"],
    ["/v1/backlinks/authority?target=example.com&mode=domain", "mode"],
    ["/v1/backlinks/all?target=example.com&offset=100", "offset"],
  ])(
    "a parameter the OpenAPI does not list → SE Ranking's 400 envelope, free (%s)",
    async (path, name) => {
      const r = await get(path);
      expect(r.status).toBe(400);
      expect(ref.errorEnvelope.parse(r.body).error.description).toContain(name);
      expect(sim().state.log.entries().at(-1)?.credits).toBe(0);
    },
  );

  it("a trial key gets 1 request/s (429 envelope, no Retry-After) and says it is a trial", async () => {
    const first = await get("/v1/account/subscription", DATA_API_TRIAL_KEY);
    const info = ref.subscriptionReply.parse(first.body).subscription_info as { type?: string };
    expect(info.type).toBe("trial");
    const second = await callJson(sim(), "/v1/account/subscription", { key: DATA_API_TRIAL_KEY });
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBeNull();
    ref.errorEnvelope.parse(second.body);
  });

  it.each([
    ["insufficient_funds", 402, "Insufficient funds"],
    ["insufficient_funds", 403, "Insufficient funds"],
    ["subscription_required", 403, "Subscription required"],
    ["limit_reached", 403, "Limit reached"],
  ] as const)(
    "fault %s on %i answers the reference's message",
    async (variant, status, message) => {
      sim().state.faults.add({
        kind: "status",
        status,
        variant,
        path: "/v1/backlinks/summary",
        count: 1,
      });
      const r = await get("/v1/backlinks/summary?target=example.com");
      expect(r.status).toBe(status);
      expect(ref.errorEnvelope.parse(r.body).error.message).toBe(message);
    },
  );
});

describe("the simulator's parameter table is the OpenAPI's", () => {
  it("each served operation takes exactly the OpenAPI's parameters", () => {
    const doc = loadOpenApi();
    for (const [op, allowed] of Object.entries(DATA_V1_PARAMS)) {
      const [method, path] = op.split(" ") as [string, string];
      const spec = operationSpec(doc, method, path);
      expect(spec, op).toBeDefined();
      expect([...allowed.query].sort(), op).toEqual([...spec!.query.keys()].sort());
      expect(allowed.body ? [...allowed.body].sort() : undefined, op).toEqual(
        spec!.body ? [...spec!.body].sort() : undefined,
      );
    }
  });
});
