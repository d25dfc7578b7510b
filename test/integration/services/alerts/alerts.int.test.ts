// Alerts end to end on a real engine: a keyword that left the top 10 alerts once by email and
// once by signed webhook, however often its run is evaluated; a failing endpoint is retried with
// the log showing each status code, and it never holds up the other endpoint.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { insertDeliveries } from "@/lib/db/queries/alerts";
import { insertChecks, insertRun } from "@/lib/db/queries/keyword-checks";
import { insertKeywords, insertProject } from "@/lib/db/queries/keyword-projects";
import { alertDeliveries, alertEvents } from "@/lib/db/schema";
import type { Engine } from "@/lib/jobs/engine";
import { handlers } from "@/lib/jobs/handlers";
import { createOwnerAccount } from "@/lib/services/accounts";
import { enqueueKeywordRunAlerts } from "@/lib/services/alerts/alert-jobs";
import { enqueueStrandedDeliveries } from "@/lib/services/alerts/deliveries";
import { sendDigests } from "@/lib/services/alerts/digest";
import { createEndpoint } from "@/lib/services/alerts/endpoints-service";
import { evaluateKeywordRun } from "@/lib/services/alerts/keyword-evaluation";
import { createAlertRule } from "@/lib/services/alerts/rules-service";
import { verifySignature } from "@/lib/services/alerts/signature";
import type { MailCatcher } from "@/scripts/lib/mail-catcher";
import { FAST_TUNING, startTestEngine, waitFor } from "@/test/support/jobs";
import { mailTestEnv } from "@/test/support/mail-env";
import { createTestDb } from "@/test/support/test-db";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/support/webhook-receiver";

let handle: DbHandle;
let engine: Engine;
let mail: MailCatcher;
let hooks: WebhookReceiver;

beforeAll(async () => {
  // The receiver is on this machine; webhook-private.int.test.ts covers the default (refuse).
  process.env.ALERT_WEBHOOK_PRIVATE_HOSTS = "allow";
  mail = await mailTestEnv();
  hooks = await startWebhookReceiver();
  handle = await createTestDb();
  engine = await startTestEngine(handle, handlers, {
    ...FAST_TUNING,
    rules: { retryDelaySeconds: 1, retryLimit: 2 },
  });
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await hooks?.close();
  await mail?.close();
});

/** A workspace with one keyword at #7 in one run and at #14 in the next (a top-10 exit). */
async function workspaceWithDrop() {
  const db = handle.db;
  const id = randomBytes(4).toString("hex");
  const { tenant } = await createOwnerAccount(db, {
    name: "Owner",
    email: `owner-${id}@example.test`,
    password: `password-${id}-123`,
    tenantName: "Acme",
    tenantSlug: `acme-${id}`,
  });
  const project = await insertProject(db, tenant.id, {
    domain: "example.com",
    searchEngine: "google",
    location: "United States",
    nextCheckAt: new Date("2026-12-10T09:00:00Z"),
  });
  const [keyword] = await insertKeywords(db, tenant.id, project.id, ["seo tools"], []);
  const runs = [];
  for (const [day, position] of [
    ["2026-12-01", 7],
    ["2026-12-02", 14],
  ] as const) {
    const checkedAt = new Date(`${day}T09:00:00Z`);
    const run = await insertRun(db, tenant.id, {
      projectId: project.id,
      trigger: "scheduled",
      status: "done",
      checkedAt,
    });
    await insertChecks(db, tenant.id, [
      {
        projectId: project.id,
        keywordId: keyword!.id,
        runId: run.id,
        status: "ok",
        position,
        checkedAt,
      },
    ]);
    runs.push(run);
  }
  return { tenantId: tenant.id, projectId: project.id, latestRun: runs[1]! };
}

const deliveriesOf = (tenantId: string) =>
  handle.db.select().from(alertDeliveries).where(eq(alertDeliveries.tenantId, tenantId));

describe("alerts", () => {
  it("alerts a top-10 exit once by email and once by signed webhook, however often evaluated", async () => {
    const { tenantId, latestRun } = await workspaceWithDrop();
    const { endpoint, secret } = await createEndpoint(handle.db, tenantId, {
      name: "Ops",
      url: `${hooks.url}/once`,
      format: "json",
    });
    await createAlertRule(handle.db, tenantId, {
      name: "Top 10 watch",
      kind: "keyword_top_n",
      params: { topN: 10, direction: "leave" },
      projectId: null,
      frequency: "instant",
      emailTo: ["team@example.test"],
      endpointIds: [endpoint.id],
      enabled: true,
    });
    // The same run evaluated three times: by two jobs and directly.
    await enqueueKeywordRunAlerts(handle.db, tenantId, latestRun.id);
    await evaluateKeywordRun(handle.db, tenantId, latestRun.id);
    await enqueueKeywordRunAlerts(handle.db, tenantId, latestRun.id);

    await waitFor("both deliveries sent", async () => {
      const rows = await deliveriesOf(tenantId);
      return rows.length === 2 && rows.every((r) => r.status === "delivered");
    });
    // Once more after the jobs: still one event and no new delivery.
    await evaluateKeywordRun(handle.db, tenantId, latestRun.id);
    const events = await handle.db
      .select()
      .from(alertEvents)
      .where(eq(alertEvents.tenantId, tenantId));
    expect(events.map((e) => e.title)).toEqual([
      '"seo tools" left the top 10 for example.com (#7 → #14)',
    ]);
    expect(await deliveriesOf(tenantId)).toHaveLength(2);

    const mails = mail.messages.filter((m) => m.to.includes("team@example.test"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('"seo tools" left the top 10 for example.com (#7 → #14)');

    const got = hooks.received.filter((h) => h.path === "/once");
    expect(got).toHaveLength(1);
    const hook = got[0]!;
    const valid = verifySignature({
      secret,
      body: hook.body,
      timestamp: String(hook.headers["x-alert-timestamp"]),
      signature: String(hook.headers["x-alert-signature"]),
    });
    expect(valid).toBe(true);
    expect(JSON.parse(hook.body)).toMatchObject({
      type: "alert",
      rule: { name: "Top 10 watch", kind: "keyword_top_n" },
      events: [{ details: { keyword: "seo tools", from: 7, to: 14, crossing: "left" } }],
    });
  });

  it("retries a failing endpoint with each status logged, without holding up the other", async () => {
    const { tenantId, latestRun } = await workspaceWithDrop();
    hooks.script("/flaky", [500, 503, 200]);
    hooks.script("/down", [500]);
    const make = (name: string, path: string, format: "json" | "slack" = "json") =>
      createEndpoint(handle.db, tenantId, { name, url: `${hooks.url}${path}`, format });
    const flaky = await make("Flaky", "/flaky");
    const down = await make("Down", "/down");
    const slack = await make("Slack", "/slack", "slack");
    await createAlertRule(handle.db, tenantId, {
      name: "Drops",
      kind: "keyword_drop",
      params: { dropBy: 5 },
      projectId: null,
      frequency: "instant",
      emailTo: [],
      endpointIds: [flaky.endpoint.id, down.endpoint.id, slack.endpoint.id],
      enabled: true,
    });
    await enqueueKeywordRunAlerts(handle.db, tenantId, latestRun.id);

    // The healthy endpoint is served at once, while the others are still failing.
    await waitFor("the Slack delivery", () => hooks.received.some((h) => h.path === "/slack"));
    const slackBody = JSON.parse(hooks.received.find((h) => h.path === "/slack")!.body);
    expect(slackBody).toEqual({
      text: 'Drops (Acme)\n• "seo tools" dropped 7 positions for example.com (#7 → #14)',
    });

    const byEndpoint = async () =>
      new Map((await deliveriesOf(tenantId)).map((d) => [d.endpointId, d]));
    await waitFor(
      "the flaky delivery delivered and the down one given up",
      async () => {
        const rows = await byEndpoint();
        return (
          rows.get(flaky.endpoint.id)?.status === "delivered" &&
          rows.get(down.endpoint.id)?.status === "failed"
        );
      },
      { timeoutMs: 30_000 },
    );
    const rows = await byEndpoint();
    expect(rows.get(flaky.endpoint.id)!.attempts.map((a) => a.statusCode)).toEqual([500, 503, 200]);
    // The first delivery and two retries (the test engine's retry limit), each logged.
    expect(rows.get(down.endpoint.id)!.attempts.map((a) => a.error)).toEqual([
      "The receiver answered HTTP 500",
      "The receiver answered HTTP 500",
      "The receiver answered HTTP 500",
    ]);
    expect(rows.get(slack.endpoint.id)!.attempts).toHaveLength(1);
  });

  it("holds a digest rule's events until the daily tick, then sends them once in one message", async () => {
    const { tenantId, latestRun } = await workspaceWithDrop();
    await createAlertRule(handle.db, tenantId, {
      name: "Daily drops",
      kind: "keyword_drop",
      params: { dropBy: 1 },
      projectId: null,
      frequency: "digest",
      emailTo: ["digest@example.test"],
      endpointIds: [],
      enabled: true,
    });
    await evaluateKeywordRun(handle.db, tenantId, latestRun.id);
    expect(await deliveriesOf(tenantId)).toEqual([]);

    // The workspace's zone is UTC: 07:00 is not digest time, 08:00 is, and once is enough.
    expect(await sendDigests(handle.db, new Date("2026-12-03T07:00:00Z"))).toBe(0);
    expect(await sendDigests(handle.db, new Date("2026-12-03T08:00:00Z"))).toBe(1);
    expect(await sendDigests(handle.db, new Date("2026-12-03T08:00:30Z"))).toBe(0);
    await waitFor("the digest mail", () =>
      mail.messages.some((m) => m.to.includes("digest@example.test")),
    );
    const [delivery] = await deliveriesOf(tenantId);
    expect(delivery).toMatchObject({ kind: "digest", channel: "email" });
    const mails = mail.messages.filter((m) => m.to.includes("digest@example.test"));
    expect(mails.map((m) => m.subject)).toEqual(["Daily drops (Acme): 1 change(s) today"]);
  });

  it("sends a delivery a crash stranded between commit and enqueue, once, and only when it is stale", async () => {
    const { tenantId } = await workspaceWithDrop();
    const { endpoint } = await createEndpoint(handle.db, tenantId, {
      name: "Ops",
      url: `${hooks.url}/stranded`,
      format: "json",
    });
    const row = (at: Date) => ({
      tenantId,
      endpointId: endpoint.id,
      channel: "webhook" as const,
      target: "Ops",
      kind: "alert" as const,
      status: "pending" as const,
      payload: { type: "alert", events: [] },
      createdAt: at,
    });
    const now = new Date();
    // Committed rows whose jobs were never sent: one from 10 minutes ago, one from just now.
    const [stale, fresh] = await insertDeliveries(handle.db, [
      row(new Date(now.getTime() - 10 * 60_000)),
      row(new Date(now.getTime() - 30_000)),
    ]);
    expect(await enqueueStrandedDeliveries(handle.db, now)).toBe(1);
    await waitFor("the stranded delivery", async () => {
      const rows = await deliveriesOf(tenantId);
      return rows.find((r) => r.id === stale!.id)?.status === "delivered";
    });
    // Enqueued once: the next tick finds nothing more to send for it.
    expect(await enqueueStrandedDeliveries(handle.db, now)).toBe(0);
    expect(hooks.received.filter((h) => h.path === "/stranded")).toHaveLength(1);
    const rows = await deliveriesOf(tenantId);
    expect(rows.find((r) => r.id === fresh!.id)).toMatchObject({ status: "pending", attempts: [] });
  });
});
