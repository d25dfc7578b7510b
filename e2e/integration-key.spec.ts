import { readFileSync } from "node:fs";
import { expect, type Page, type Response, test } from "@playwright/test";
import { keyIdFor } from "../simulator/keys";
import { inviteAndJoin, newAccount, signInViaUi, signUpViaApi } from "./support/accounts";
import { databaseContaining, filesContaining } from "./support/db-scan";
import { seedFeatureData } from "./support/feature-data";
import { sharedReport, UUID } from "./support/reports";
import { DEMO_KEY, sim } from "./support/simulator";

// A key that exists only in this test: finding it anywhere outside ciphertext is a leak.
const CANARY = "canary-sk-e2e-5b7d9f1a3c5e7092b4d6f8a0c2e4a6b8";

/** Every byte the browser receives: bodies and headers of all responses. */
function recordTraffic(page: Page) {
  const seen: string[] = [];
  page.on("response", async (response: Response) => {
    seen.push(JSON.stringify(response.headers()));
    const body = await response.body().catch(() => Buffer.alloc(0));
    seen.push(body.toString("latin1"));
  });
  return seen;
}

test.beforeAll(async () => {
  await sim.setKey(CANARY, 1_000_000);
});
test.afterEach(async () => {
  await sim.clearFaults();
});

test("an admin connects, re-verifies, replaces and disconnects the key; the plaintext never leaks", async ({
  page,
  browser,
  baseURL,
}) => {
  // The longest journey of the suite (every feature page, then a marketer joining by
  // invitation): on a shared 2-core runner it passes 60 s.
  test.setTimeout(150_000);
  const owner = newAccount("keys");
  await signUpViaApi(page.request, owner);
  const traffic = recordTraffic(page);
  await signInViaUi(page, owner.email, owner.password);
  await page.goto(`/${owner.tenantSlug}/settings/integrations`);
  await expect(page.getByTestId("integration-state")).toHaveText("Not connected");
  await expect(page.getByTestId("demo-badge")).toHaveText("Demo data — simulator");

  const keyInput = page.getByLabel("SE Ranking API key");
  await keyInput.fill("wrong-key-1234567890");
  await page.getByRole("button", { name: "Test key" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "SE Ranking rejected this key:" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "SE Ranking rejected this key:" }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("integration-state")).toHaveText("Not connected");

  await keyInput.fill(DEMO_KEY);
  await page.getByRole("button", { name: "Test key" }).click();
  await expect(
    page.getByText(/The key works: SE Ranking account .+ Nothing was stored/),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("integration-state")).toHaveText("Not connected");

  await keyInput.fill(DEMO_KEY);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("integration-state")).toHaveText("Connected");
  await expect(page.getByTestId("integration-last4")).toHaveText(`•••• ${DEMO_KEY.slice(-4)}`);
  await expect(page.getByText(owner.email, { exact: false }).first()).toBeVisible();

  await page.getByRole("button", { name: "Re-verify" }).click();
  await expect(page.getByText("The key still works.")).toBeVisible();

  await page.getByRole("button", { name: "Replace key" }).click();
  await keyInput.fill(CANARY);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("integration-last4")).toHaveText(`•••• ${CANARY.slice(-4)}`);
  await expect(keyInput).toHaveCount(0);

  // SE Ranking starts rejecting the key: every page tells the admin to reconnect.
  await sim.addFault({ kind: "status", status: 401, path: "/system/account/" });
  await page.getByRole("button", { name: "Re-verify" }).click();
  await expect(page.getByTestId("integration-state")).toHaveText("Needs attention");
  await page.goto(`/${owner.tenantSlug}`);
  await expect(page.getByTestId("integration-banner")).toContainText("Reconnect it in Settings");
  await sim.clearFaults();
  await page.goto(`/${owner.tenantSlug}/settings/integrations`);
  await page.getByRole("button", { name: "Re-verify" }).click();
  await expect(page.getByTestId("integration-state")).toHaveText("Connected");
  await expect(page.getByTestId("integration-banner")).toHaveCount(0);

  // Every feature with the canary key connected: its upstream calls, stored results and pages.
  await sim.clearLog();
  const {
    pages: featurePages,
    listId,
    projectId,
  } = await seedFeatureData(page.request, owner.tenantSlug);
  await page.goto(`/${owner.tenantSlug}/backlinks?domain=small-example.com`);
  await expect(page.getByTestId("follow-split-chart")).toBeVisible();
  await page.goto(`/${owner.tenantSlug}/prospects?list=${listId}`);
  await page.getByLabel("Domains", { exact: true }).fill("canary-prospect.com");
  await page.getByRole("button", { name: "Add domains" }).click();
  await expect(page.getByTestId("add-summary")).toContainText("1 added");
  await page.getByRole("button", { name: "Fetch metrics" }).click();
  await expect(page.getByTestId("run-summary")).toContainText("Fetch finished");
  await page.goto(`/${owner.tenantSlug}/keywords?project=${projectId}`);
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByRole("button", { name: "Check now" })).toBeEnabled({ timeout: 20_000 });
  // The simulator saw the canary key (by its id) on every feature's endpoint.
  const canaryId = keyIdFor(CANARY);
  const used = new Set(
    (await sim.log()).filter((e) => e.status === 200 && e.keyId === canaryId).map((e) => e.path),
  );
  for (const path of [
    "/research/backlinks/summary/",
    "/research/backlinks/",
    "/research/backlinks/metrics/",
    "/keywords/check/",
  ]) {
    expect(used, path).toContain(path);
  }

  // Everything the browser saw, the rendered HTML, the build, the log and the database.
  const pagesToRender = [
    "",
    "/settings",
    "/settings/integrations",
    "/settings/usage",
    "/settings/alerts",
    ...featurePages,
  ];
  for (const suffix of pagesToRender) {
    await page.goto(`/${owner.tenantSlug}${suffix}`);
    expect(await page.content(), `HTML of ${suffix}`).not.toContain(CANARY);
  }
  // A client report's shared page (no session needed) shows neither the key nor an id.
  const shared = await sharedReport(page.request, owner.tenantSlug, { listId, projectId });
  await page.goto(shared.path);
  expect(await page.content(), "HTML of the shared report").not.toContain(CANARY);
  expect(await page.content(), "ids on the shared report").not.toMatch(UUID);
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
  );
  expect(storage).not.toContain(CANARY);
  // The last page's trailing requests are in `traffic` once the network is quiet.
  await page.waitForLoadState("networkidle");
  expect(traffic.length).toBeGreaterThan(20);
  expect(traffic.filter((t) => t.includes(CANARY))).toEqual([]);
  expect(filesContaining(".next", CANARY)).toEqual([]);
  expect(readFileSync(".tmp/e2e/server.log", "utf8")).not.toContain(CANARY);
  expect(
    await databaseContaining(CANARY, ".tmp/e2e/pglite"),
    "plaintext key in the database",
  ).toEqual([]);
  const log = JSON.stringify(await sim.log());
  expect(log).not.toContain(CANARY);

  // The marketer sees the status, not the form.
  const joined = await inviteAndJoin(page.request, baseURL!, owner.tenantSlug, "marketer");
  await joined.member.dispose();
  const marketerContext = await browser.newContext();
  const marketer = await marketerContext.newPage();
  await signInViaUi(marketer, joined.email, joined.password);
  await marketer.goto(`/${owner.tenantSlug}/settings/integrations`);
  await expect(marketer.getByTestId("integration-state")).toHaveText("Connected");
  await expect(
    marketer.getByText("Only workspace admins can connect or change the key."),
  ).toBeVisible();
  await expect(marketer.getByLabel("SE Ranking API key")).toHaveCount(0);
  await expect(
    marketer.getByRole("button", { name: /Re-verify|Disconnect|Replace key/ }),
  ).toHaveCount(0);
  for (const [method, suffix] of [
    ["PUT", ""],
    ["DELETE", ""],
    ["POST", "/test"],
    ["POST", "/verify"],
  ] as const) {
    const response = await marketer.request.fetch(
      `/api/tenants/${owner.tenantSlug}/integrations/se-ranking${suffix}`,
      {
        method,
        data: method === "DELETE" ? undefined : { apiKey: DEMO_KEY },
      },
    );
    expect(response.status(), `${method} ${suffix}`).toBe(403);
  }
  await marketerContext.close();

  await page.goto(`/${owner.tenantSlug}/settings/integrations`);
  await page.getByRole("button", { name: "Disconnect" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByTestId("integration-state")).toHaveText("Not connected");
});

test("SE Ranking down, slow or failing during Test: a clear message, nothing stored, nothing lost", async ({
  page,
}) => {
  const owner = newAccount("outage");
  await signUpViaApi(page.request, owner);
  await signInViaUi(page, owner.email, owner.password);
  await page.request.put(`/api/tenants/${owner.tenantSlug}/integrations/se-ranking`, {
    data: { apiKey: DEMO_KEY },
  });
  await page.goto(`/${owner.tenantSlug}/settings/integrations`);
  await expect(page.getByTestId("integration-last4")).toHaveText(`•••• ${DEMO_KEY.slice(-4)}`);
  await page.getByRole("button", { name: "Replace key" }).click();
  const keyInput = page.getByLabel("SE Ranking API key");

  const cases = [
    { fault: { kind: "status", status: 500 }, message: /not answering/ },
    { fault: { kind: "status", status: 503 }, message: /not answering/ },
    { fault: { kind: "timeout" }, message: /took too long/ },
    { fault: { kind: "malformed_json" }, message: /could not read/ },
  ];
  for (const { fault, message } of cases) {
    await sim.clearFaults();
    await sim.addFault({ ...fault, path: "/system/account/" });
    await keyInput.fill(CANARY);
    // Wait for each answer, not just the alert: Test's alert reads the same as Save's, and a Save
    // still retrying when the next case clears the faults would store the key.
    for (const [button, method] of [
      ["Test key", "POST"],
      ["Save", "PUT"],
    ] as const) {
      const answered = page.waitForResponse(
        (r) => r.request().method() === method && r.url().includes("/integrations/se-ranking"),
        { timeout: 20_000 },
      );
      await page.getByRole("button", { name: button }).click();
      expect((await answered).status(), `${button} × ${JSON.stringify(fault)}`).toBeGreaterThan(
        400,
      );
      await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    }
  }
  await sim.clearFaults();
  const status = await (
    await page.request.get(`/api/tenants/${owner.tenantSlug}/integrations/se-ranking`)
  ).json();
  expect(status.integration).toMatchObject({ state: "connected", last4: DEMO_KEY.slice(-4) });
});
