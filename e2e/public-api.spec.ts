import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { allBacklinkRows } from "../simulator/backlink-rows";
import { keywordCheckFor } from "../simulator/universe";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { createToken, PublicApi } from "./support/public-api-client";
import { DEMO_KEY, sim } from "./support/simulator";

const DAY = "2026-04-02";
const DOMAIN = "example.com";
const KEYWORDS = Array.from({ length: 50 }, (_, i) => `api keyword ${i + 1}`);
const NOWHERE = "00000000-0000-4000-8000-000000000000";

let script: APIRequestContext;
let api: PublicApi;
let adminA: APIRequestContext;
let slugA: string;
let writeA: string;
let readA: string;
let writeB: string;

test.beforeAll(async ({ baseURL }) => {
  await sim.setDate(DAY);
  const a = await connectedWorkspace(baseURL!, "api-a", DEMO_KEY);
  const b = await connectedWorkspace(baseURL!, "api-b", DEMO_KEY);
  adminA = a.admin;
  slugA = a.account.tenantSlug;
  writeA = (
    await createToken(a.admin, slugA, { name: "CRM sync", scope: "write", ratePerMinute: 600 })
  ).secret;
  readA = (
    await createToken(a.admin, slugA, { name: "Reporting", scope: "read", ratePerMinute: 600 })
  ).secret;
  writeB = (
    await createToken(b.admin, b.account.tenantSlug, {
      name: "B",
      scope: "write",
      ratePerMinute: 600,
    })
  ).secret;
  // A script: no cookie jar holds a session, only the token it is given.
  script = await playwrightRequest.newContext({ baseURL });
  api = await PublicApi.load(script);
});

test.afterAll(async () => {
  await sim.setDate(null);
  await script?.dispose();
});

test("a script creates a project, adds 50 keywords, checks them and reads the positions", async () => {
  const created = await api.call(writeA, "POST", "/api/v1/keyword-projects", {
    data: { domain: DOMAIN, searchEngine: "google", location: "United States" },
  });
  expect(created.response.status()).toBe(201);
  const projectId = (created.body!.project as { id: string }).id;

  const added = await api.call(writeA, "POST", `/api/v1/keyword-projects/${projectId}/keywords`, {
    data: { keywords: [...KEYWORDS, "API Keyword 1"] },
  });
  expect(added.response.status()).toBe(201);
  expect((added.body!.added as unknown[]).length).toBe(50);
  expect(added.body!.rejected).toEqual([
    { index: 50, keyword: "API Keyword 1", reason: "Duplicate of line 1" },
  ]);

  const started = await api.call(writeA, "POST", `/api/v1/keyword-projects/${projectId}/checks`);
  expect(started.response.status()).toBe(202);
  await expect
    .poll(
      async () => {
        const latest = await api.call(
          readA,
          "GET",
          `/api/v1/keyword-projects/${projectId}/checks/latest`,
        );
        const check = latest.body!.check as { status: string; trigger: string } | null;
        return check && check.trigger !== "added" ? check.status : "waiting";
      },
      { timeout: 30_000 },
    )
    .toBe("done");

  // Cursor pages of 20: 20 + 20 + 10, then no cursor.
  const seen: { keyword: string; status: string; position: number | null }[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = cursor ? `?limit=20&cursor=${cursor}` : "?limit=20";
    const page = await api.call(
      readA,
      "GET",
      `/api/v1/keyword-projects/${projectId}/rankings${query}`,
    );
    seen.push(...(page.body!.data as typeof seen));
    cursor = page.body!.nextCursor as string | null;
    pages++;
  } while (cursor);
  expect(pages).toBe(3);
  const want = keywordCheckFor(DOMAIN, KEYWORDS, "google", "United States", DAY);
  expect(seen.map((r) => [r.keyword, r.status, r.position]).sort()).toEqual(
    want.map((w) => [w.keyword, "ok", w.position]).sort(),
  );
});

test("a script runs a backlink gap and reads the domains both competitors have and it lacks", async () => {
  const hosts = (domain: string) =>
    new Set(allBacklinkRows(domain).map((r) => new URL(r.sourceUrl).hostname));
  const [you, c1, c2] = ["example.com", "acme-shoes.com", "runfast.com"].map(hosts);
  const want = [...c1!].filter((h) => c2!.has(h) && !you!.has(h)).sort();
  expect(want.length).toBeGreaterThan(0);

  const started = await api.call(writeA, "POST", "/api/v1/backlink-gaps", {
    data: { domain: "example.com", competitors: ["acme-shoes.com", "runfast.com"] },
  });
  expect(started.response.status()).toBe(202);
  const gapId = (started.body!.gap as { id: string }).id;
  await expect
    .poll(
      async () => {
        const read = await api.call(readA, "GET", `/api/v1/backlink-gaps/${gapId}`);
        return (read.body!.gap as { status: string }).status;
      },
      { timeout: 30_000 },
    )
    .toBe("done");
  const rows: { domain: string; competitors: string[] }[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?minCompetitors=2&limit=100${cursor ? `&cursor=${cursor}` : ""}`;
    const read = await api.call(readA, "GET", `/api/v1/backlink-gaps/${gapId}${query}`);
    rows.push(...(read.body!.data as typeof rows));
    cursor = read.body!.nextCursor as string | null;
  } while (cursor);
  expect(rows.map((r) => r.domain).sort()).toEqual(want);
  expect(rows.every((r) => r.competitors.length === 2)).toBe(true);
  // Another workspace's token does not see it.
  const foreign = await api.call(writeB, "GET", `/api/v1/backlink-gaps/${gapId}`);
  expect(foreign.response.status()).toBe(404);
});

const fill = (template: string) => template.replace(/\{[^}]+\}/g, NOWHERE);

test("without a token every operation answers 401, and a session cookie is no token", async () => {
  for (const [method, template] of api.operations()) {
    const { response, body } = await api.call(null, method, fill(template), {
      data: method === "GET" ? undefined : {},
      checkRequest: false,
    });
    expect(response.status(), `${method} ${template}`).toBe(401);
    expect((body!.error as { code: string }).code).toBe("unauthorized");
  }
  // The admin's browser session (cookies) reaches the app's routes, never the public API.
  const withCookie = await adminA.get("/api/v1/keyword-projects");
  expect(withCookie.status()).toBe(401);
});

test("a read token cannot write (403), for every write operation", async () => {
  const writes = api.operations().filter(([, , op]) => op["x-scope"] === "write");
  expect(writes.length).toBeGreaterThan(5);
  for (const [method, template] of writes) {
    const { response, body } = await api.call(readA, method, fill(template), {
      data: method === "DELETE" ? undefined : {},
      checkRequest: false,
    });
    expect(response.status(), `${method} ${template}`).toBe(403);
    expect((body!.error as { code: string }).code).toBe("forbidden");
  }
});

test("a revoked token answers 401 from its next request", async () => {
  const token = await createToken(adminA, slugA, { name: "Short-lived", scope: "read" });
  expect((await api.call(token.secret, "GET", "/api/v1/prospect-lists")).response.status()).toBe(
    200,
  );
  const revoked = await adminA.delete(`/api/tenants/${slugA}/api-tokens/${token.id}`);
  expect(revoked.status()).toBe(200);
  const after = await api.call(token.secret, "GET", "/api/v1/prospect-lists");
  expect(after.response.status()).toBe(401);
  // The settings list shows when it was last used and that it is revoked; never its secret.
  const listed = await adminA.get(`/api/tenants/${slugA}/api-tokens`);
  const text = await listed.text();
  expect(text).not.toContain(token.secret);
  const row = (
    JSON.parse(text).tokens as { id: string; lastUsedAt: string | null; revokedAt: string | null }[]
  ).find((t) => t.id === token.id);
  expect(row?.lastUsedAt).not.toBeNull();
  expect(row?.revokedAt).not.toBeNull();
});

test("past its rate a token gets 429 with the RateLimit headers", async () => {
  const token = await createToken(adminA, slugA, {
    name: "Tight",
    scope: "read",
    ratePerMinute: 3,
  });
  // A minute boundary between the calls starts a fresh window; then the attempt is made again.
  for (let attempt = 0; attempt < 2; attempt++) {
    const statuses: number[] = [];
    const remaining: number[] = [];
    let last: Awaited<ReturnType<PublicApi["call"]>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await api.call(token.secret, "GET", "/api/v1/prospect-lists");
      statuses.push(last.response.status());
      remaining.push(Number(last.response.headers()["ratelimit-remaining"]));
    }
    const windowRolled = remaining.some((r, i) => i > 0 && r > remaining[i - 1]!);
    if (windowRolled && attempt === 0) continue;
    expect(statuses.slice(-1)).toEqual([429]);
    const headers = last!.response.headers();
    expect(headers["ratelimit-limit"]).toBe("3");
    expect(headers["ratelimit-remaining"]).toBe("0");
    expect(Number(headers["ratelimit-reset"])).toBeGreaterThan(0);
    expect(Number(headers["retry-after"])).toBeGreaterThan(0);
    expect((last!.body!.error as { code: string }).code).toBe("rate_limited");
    return;
  }
});

test("an Idempotency-Key replays the first answer; reused for another body it is refused", async () => {
  const key = `e2e-${Date.now()}`;
  const first = await api.call(writeA, "POST", "/api/v1/prospect-lists", {
    data: { name: "From the CRM" },
    headers: { "Idempotency-Key": key },
  });
  const again = await api.call(writeA, "POST", "/api/v1/prospect-lists", {
    data: { name: "From the CRM" },
    headers: { "Idempotency-Key": key },
  });
  expect(first.response.status()).toBe(201);
  expect(again.response.status()).toBe(201);
  expect(again.response.headers()["idempotency-replayed"]).toBe("true");
  expect(again.body).toEqual(first.body);
  const lists = await api.call(readA, "GET", "/api/v1/prospect-lists?limit=100");
  const named = (lists.body!.data as { name: string }[]).filter((l) => l.name === "From the CRM");
  expect(named).toHaveLength(1);
  const other = await api.call(writeA, "POST", "/api/v1/prospect-lists", {
    data: { name: "Something else" },
    headers: { "Idempotency-Key": key },
  });
  expect(other.response.status()).toBe(422);
});

test("an admin creates a token in Settings, sees it once, and revokes it", async ({
  page,
  baseURL,
}) => {
  const { account } = await connectedWorkspace(baseURL!, "api-ui", DEMO_KEY);
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/settings/api`);
  await page.getByLabel("Name").fill("Spreadsheet");
  await page.getByLabel("Scope").selectOption("write");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent())!;
  expect(secret).toMatch(/^srd_[A-Za-z0-9_-]{43}$/);
  const check = await api.call(secret, "GET", "/api/v1/keyword-projects");
  expect(check.response.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByTestId("token-row")).toContainText(["Spreadsheet"]);
  expect(await page.content()).not.toContain(secret);
  await page.getByRole("button", { name: "Revoke Spreadsheet" }).click();
  await page.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByTestId("token-row").filter({ hasText: "revoked" })).toHaveCount(1);
  expect((await api.call(secret, "GET", "/api/v1/keyword-projects")).response.status()).toBe(401);
  await page.goto("/api-reference");
  await expect(page.getByRole("heading", { name: "SE Ranking Dashboard API" })).toBeVisible();
  await expect(page.getByTestId("api-operation")).toHaveCount(api.operations().length);
});
