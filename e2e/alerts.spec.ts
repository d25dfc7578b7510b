import { expect, test } from "@playwright/test";
import { verifySignature } from "../lib/services/alerts/signature";
import { keywordCheckFor } from "../simulator/universe";
import { startWebhookReceiver, type WebhookReceiver } from "../test/support/webhook-receiver";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { mailTo } from "./support/mail";
import { DEMO_KEY, sim } from "./support/simulator";

const DOMAIN = "example.com";
const CANDIDATES = [
  "seo audit tool",
  "backlink checker",
  "keyword research",
  "site audit",
  "rank tracker",
  "seo tools",
  "link building",
  "content marketing",
  "technical seo",
  "local seo",
];

/**
 * A keyword and two days on which the simulator ranks example.com in the top 10, then not: found
 * from the simulator's own model, so the expectation does not come from the app.
 */
function topTenExit() {
  const start = Date.parse("2026-04-01T00:00:00Z");
  for (let d = 0; d < 120; d++) {
    const day1 = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const day2 = new Date(start + (d + 1) * 86_400_000).toISOString().slice(0, 10);
    const before = keywordCheckFor(DOMAIN, CANDIDATES, "google", "United States", day1);
    const after = keywordCheckFor(DOMAIN, CANDIDATES, "google", "United States", day2);
    for (const [i, row] of before.entries()) {
      const next = after[i]!.position;
      if (row.position !== null && row.position <= 10 && (next === null || next > 10)) {
        return { keyword: row.keyword, day1, day2, from: row.position, to: next };
      }
    }
  }
  throw new Error("the simulator has no top-10 exit in the window");
}

let hooks: WebhookReceiver;
test.beforeAll(async () => {
  hooks = await startWebhookReceiver();
});
test.afterAll(async () => {
  await sim.setDate(null);
  await hooks?.close();
});

test("a rule → the clock moves and a keyword leaves the top 10 → one email and one signed webhook; a failing endpoint is retried and logged", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const exit = topTenExit();
  const { account, admin } = await connectedWorkspace(baseURL!, "alerts", DEMO_KEY);
  const slug = account.tenantSlug;
  await sim.setDate(exit.day1);
  const base = `/api/tenants/${slug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: DOMAIN, searchEngine: "google" } })
  ).json();
  await admin.post(`${base}/${project.id}/keywords`, { data: { text: exit.keyword } });
  const latest = async () => (await (await admin.get(`${base}/${project.id}/checks`)).json()).run;
  await expect.poll(async () => (await latest())?.status).toBe("done");

  // Two endpoints: one that answers 200, one that always fails.
  hooks.script("/fail", [500]);
  const addEndpoint = async (name: string, path: string) => {
    const response = await admin.post(`/api/tenants/${slug}/alerts/endpoints`, {
      data: { name, url: `${hooks.url}${path}`, format: "json" },
    });
    expect(response.status()).toBe(201);
    return (await response.json()) as { endpoint: { id: string }; secret: string };
  };
  const good = await addEndpoint("Receiver", "/ok");
  await addEndpoint("Broken", "/fail");

  // The rule, made on the page with the keyboard-reachable form.
  const recipient = `alerts-${slug}@example.test`;
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${slug}/settings/alerts`);
  await page.getByRole("button", { name: "Add rule" }).click();
  await page.getByLabel("Rule name").fill("Top 10 watch");
  await page.getByLabel("Alert when").selectOption("keyword_top_n");
  await page.getByLabel("Boundary").selectOption("10");
  await page.getByLabel("When a keyword").selectOption("leave");
  await page.getByLabel("Email recipients").fill(recipient);
  await page.getByLabel("Receiver", { exact: true }).check();
  await page.getByLabel("Broken", { exact: true }).check();
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByRole("list", { name: "Alert rules" })).toContainText("Top 10 watch");

  // The simulator's clock moves a day: the keyword leaves the top 10 at the next check.
  await sim.setDate(exit.day2);
  const before = (await latest()).id;
  expect((await admin.post(`${base}/${project.id}/checks`)).status()).toBe(202);
  await expect
    .poll(async () => {
      const run = await latest();
      return run.id !== before && run.status;
    })
    .toBe("done");

  await expect
    .poll(() => hooks.received.filter((h) => h.path === "/ok").length, { timeout: 20_000 })
    .toBe(1);
  const hook = hooks.received.find((h) => h.path === "/ok")!;
  expect(
    verifySignature({
      secret: good.secret,
      body: hook.body,
      timestamp: String(hook.headers["x-alert-timestamp"]),
      signature: String(hook.headers["x-alert-signature"]),
    }),
  ).toBe(true);
  const payload = JSON.parse(hook.body);
  expect(payload.events).toHaveLength(1);
  expect(payload.events[0].details).toMatchObject({
    keyword: exit.keyword,
    from: exit.from,
    to: exit.to,
    crossing: "left",
  });

  await expect.poll(() => mailTo(recipient).length, { timeout: 10_000 }).toBe(1);
  expect(mailTo(recipient)[0]!.text).toContain(`"${exit.keyword}" left the top 10`);

  // The broken endpoint is retried (10 s backoff) and each attempt is logged with its code.
  const failing = async () => {
    const { deliveries } = await (await admin.get(`/api/tenants/${slug}/alerts/deliveries`)).json();
    return (deliveries as { target: string; attempts: unknown[] }[]).find((d) =>
      d.target.startsWith("Broken"),
    );
  };

  await expect
    .poll(async () => (await failing())?.attempts.length ?? 0, { timeout: 45_000 })
    .toBeGreaterThanOrEqual(2);
  expect(hooks.received.filter((h) => h.path === "/fail").length).toBeGreaterThanOrEqual(2);
  // Still exactly one webhook and one email for the one event.
  expect(hooks.received.filter((h) => h.path === "/ok")).toHaveLength(1);
  expect(mailTo(recipient)).toHaveLength(1);

  await page.reload();
  const log = page.getByTestId("delivery-log");
  await expect(log).toContainText("Retrying (HTTP 500)");
  await expect(log).toContainText("Attempt 2: The receiver answered HTTP 500");
  await expect(log).toContainText("Delivered (HTTP 200)");

  // "Send test" signs a test payload to the receiver and shows its answer.
  await page.getByRole("button", { name: "Send test to Receiver" }).click();
  await expect(page.getByTestId("test-result")).toHaveText("Test delivered (HTTP 200)");
  const testHook = hooks.received.filter((h) => h.path === "/ok").at(-1)!;
  expect(JSON.parse(testHook.body)).toMatchObject({ type: "test", events: [] });
  expect(
    verifySignature({
      secret: good.secret,
      body: testHook.body,
      timestamp: String(testHook.headers["x-alert-timestamp"]),
      signature: String(testHook.headers["x-alert-signature"]),
    }),
  ).toBe(true);
});
