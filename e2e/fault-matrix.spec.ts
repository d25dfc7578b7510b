import { expect, test } from "@playwright/test";
import { keywordCheckFor } from "../simulator/universe";
import { signInViaUi } from "./support/accounts";
import { type Cell, injectFaults, prepareCells } from "./support/fault-cells";
import { SIM_URL, sim } from "./support/simulator";

// Every simulator fault × every feature → the status and message the user gets, asserted
// through the API (a page shows the API's error.message), plus what was stored before survives.
// One workspace and key per fault, so each feature's ten cells run at once.

test.describe.configure({ mode: "serial" });
let cells: Cell[] = [];
const api = (c: Cell) => `/api/tenants/${c.slug}`;

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  cells = await prepareCells(baseURL!);
});
test.afterEach(async () => {
  await sim.clearFaults();
  // A 401 cell flags its integration; re-verifying (no fault now) puts it back for the next feature.
  await Promise.all(cells.map((c) => c.admin.post(`${api(c)}/integrations/se-ranking/verify`)));
});
test.afterAll(async () => {
  await Promise.all(cells.map((c) => c.admin.dispose()));
});

async function errorOf(response: import("@playwright/test").APIResponse) {
  const body = await response.json().catch(() => ({}));
  return { status: response.status(), message: String(body?.error?.message ?? "") };
}

test("connect: a failing check refuses the new key and keeps the stored one", async () => {
  const newKey = (c: Cell) => `${c.key}-new`;
  await Promise.all(cells.map((c) => sim.setKey(newKey(c), 1000)));
  await injectFaults(cells, "/system/account/", newKey);
  const results = await Promise.all(
    cells.map(async (c) =>
      errorOf(
        await c.admin.put(`${api(c)}/integrations/se-ranking`, { data: { apiKey: newKey(c) } }),
      ),
    ),
  );
  for (const [i, c] of cells.entries()) {
    const what = `connect × ${c.fault.name}`;
    const expected =
      c.fault.name === "401" ? { status: 422, message: /rejected this key/ } : c.fault;
    expect.soft(results[i]!.status, what).toBe(expected.status);
    expect.soft(results[i]!.message, what).toMatch(expected.message);
    const { integration } = await (await c.admin.get(`${api(c)}/integrations/se-ranking`)).json();
    expect.soft(integration, what).toMatchObject({ state: "connected", last4: c.key.slice(-4) });
  }
});

test("backlinks: summary and list explain the fault; the cached report is still served", async () => {
  await injectFaults(cells, "/research/backlinks/summary/");
  await injectFaults(cells, "/research/backlinks/");
  const results = await Promise.all(
    cells.map(async (c, i) => {
      const domain = `fault-${i}-${c.slug}.com`;
      return Promise.all([
        errorOf(await c.admin.get(`${api(c)}/backlinks/summary?domain=${domain}`)),
        errorOf(await c.admin.get(`${api(c)}/backlinks?domain=${domain}`)),
      ]);
    }),
  );
  for (const [i, c] of cells.entries()) {
    for (const [j, result] of results[i]!.entries()) {
      const what = `backlinks ${j ? "list" : "summary"} × ${c.fault.name}`;
      expect.soft(result.status, what).toBe(c.fault.status);
      expect.soft(result.message, what).toMatch(c.fault.message);
    }
    if (c.fault.name === "401") {
      const { integration } = await (await c.admin.get(`${api(c)}/integrations/se-ranking`)).json();
      expect.soft(integration.state, "401 flags the key").toBe("needs_attention");
    }
    // Still faulty upstream for this key, yet the summary fetched before comes from the cache.
    const cached = await c.admin.get(`${api(c)}/backlinks/summary?domain=example.com`);
    expect.soft(cached.status(), `cached summary × ${c.fault.name}`).toBe(200);
  }
});

test("prospects: the failed domain says why; metrics fetched before stay", async () => {
  await injectFaults(cells, "/research/backlinks/metrics/");
  const results = await Promise.all(
    cells.map(async (c, i) => {
      const domain = `fault-${i}-${c.slug}.com`;
      await c.admin.post(`${api(c)}/prospect-lists/${c.listId}/domains`, {
        data: { entries: [domain] },
      });
      const started = await c.admin.post(`${api(c)}/prospect-lists/${c.listId}/run`, {
        data: { mode: "all" },
      });
      expect.soft(started.status(), `run × ${c.fault.name}`).toBe(202);
      await expect
        .poll(
          async () =>
            (await (await c.admin.get(`${api(c)}/prospect-lists/${c.listId}/run`)).json()).run
              ?.status,
          { timeout: 30_000 },
        )
        .not.toBe("running");
      const detail = await (await c.admin.get(`${api(c)}/prospect-lists/${c.listId}`)).json();
      const run = (await (await c.admin.get(`${api(c)}/prospect-lists/${c.listId}/run`)).json())
        .run;
      return { domain, detail, run };
    }),
  );
  for (const [i, c] of cells.entries()) {
    const { domain, detail, run } = results[i]!;
    const what = `prospects × ${c.fault.name}`;
    type Row = {
      domain: string;
      trustFlow: number | null;
      reason: string;
      error: { message: string } | null;
    };
    const rows: Row[] = detail.prospects;
    const failed = rows.find((r) => r.domain === domain);
    expect.soft(failed?.trustFlow, what).toBeNull();
    expect.soft(`${failed?.error?.message} ${run?.error ?? ""}`, what).toMatch(c.fault.message);
    const kept = rows.filter((r) => r.domain !== domain);
    expect.soft(kept.length, what).toBe(3);
    for (const row of kept)
      expect.soft(row.trustFlow, `${what}: ${row.domain} kept`).not.toBeNull();
  }
});

test("keywords: the check fails with the reason; the earlier check's positions stay", async () => {
  await injectFaults(cells, "/keywords/check/");
  const results = await Promise.all(
    cells.map(async (c) => {
      const base = `${api(c)}/keywords/projects/${c.projectId}`;
      const started = await c.admin.post(`${base}/checks`);
      expect.soft(started.status(), `check × ${c.fault.name}`).toBe(202);
      await expect
        .poll(async () => (await (await c.admin.get(`${base}/checks`)).json()).run?.status, {
          timeout: 30_000,
        })
        .not.toBe("running");
      const run = (await (await c.admin.get(`${base}/checks`)).json()).run;
      const { keywords } = await (await c.admin.get(base)).json();
      const ids = keywords.map((k: { id: string }) => k.id).join(",");
      const history = await (await c.admin.get(`${base}/history?keywordIds=${ids}&days=7`)).json();
      return { run, keywords, history };
    }),
  );
  const { today } = await (await fetch(`${SIM_URL}/__sim/clock`)).json();
  for (const [i, c] of cells.entries()) {
    const { run, keywords, history } = results[i]!;
    const what = `keywords × ${c.fault.name}`;
    expect.soft(run.status, what).toBe("failed");
    expect.soft(run.error, what).toMatch(c.fault.message);
    // Two points: the seeded check, with the simulator's positions, and this failed one (no
    // position carried forward).
    type Kw = { id: string; keyword: string };
    const [earlier, failed] = history.points;
    const expected = keywordCheckFor(
      "example.com",
      keywords.map((k: Kw) => k.keyword),
      "google",
      undefined,
      today,
    );
    expect.soft(history.points.length, what).toBe(2);
    for (const [j, k] of (keywords as Kw[]).entries()) {
      expect.soft(earlier?.[k.id], `${what}: ${k.keyword} kept`).toBe(expected[j]!.position);
      expect.soft(failed?.[k.id], `${what}: ${k.keyword} not carried`).toBeNull();
    }
  }
});

test("the pages show those messages, never an error page", async ({ page }, testInfo) => {
  const c = cells.find((cell) => cell.fault.name === "503")!;
  const newKey = `${c.key}-ui`;
  await sim.setKey(newKey, 1000);
  await injectFaults([c], "/system/account/", () => newKey);
  await injectFaults([c], "/research/backlinks/summary/");
  await injectFaults([c], "/research/backlinks/");
  await signInViaUi(page, c.email, c.password);
  const visit = async (suffix: string) => {
    const response = await page.goto(`/${c.slug}${suffix}`);
    expect(response?.status(), suffix).toBe(200);
  };

  await visit("/settings/integrations");
  await page.getByRole("button", { name: "Replace key" }).click();
  await page.getByLabel("SE Ranking API key").fill(newKey);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: c.fault.message })).toBeVisible();

  await visit(`/backlinks?domain=ui-${c.slug}.com`);
  await expect(page.getByText(c.fault.message).first()).toBeVisible();

  // Left by the API cells above: the failed domain's reason and the failed check's reason.
  await visit(`/prospects?list=${c.listId}`);
  await expect(page.getByText(c.fault.message).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("prospects-503.png"), fullPage: true });
  await visit(`/keywords?project=${c.projectId}`);
  await expect(page.getByText(c.fault.message).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("keywords-503.png"), fullPage: true });
});
