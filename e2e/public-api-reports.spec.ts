import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { connectedWorkspace } from "./support/accounts";
import { createToken, PublicApi } from "./support/public-api-client";
import { DEMO_KEY, sim } from "./support/simulator";

const DAY = "2026-04-02";

let baseUrl: string;
let script: APIRequestContext;
let api: PublicApi;
let adminA: APIRequestContext;
let slugA: string;
let writeA: string;
let readA: string;
let writeB: string;
let reportA: string;
/** One of workspace B's own ids for each path parameter of the document. */
const idsOfB: Record<string, string> = {};

/** A client report over a new prospect list, made in the app by a workspace's admin. */
async function reportIn(admin: APIRequestContext, slug: string, title: string) {
  const list = await admin.post(`/api/tenants/${slug}/prospect-lists`, { data: { name: title } });
  expect(list.status(), await list.text()).toBe(201);
  const listId: string = (await list.json()).list.id;
  const created = await admin.post(`/api/tenants/${slug}/reports`, {
    data: { title, clientDomain: "client.example", listId, sections: ["prospects"] },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()).report.id as string;
}

test.beforeAll(async ({ baseURL }) => {
  baseUrl = baseURL!;
  await sim.setDate(DAY);
  const a = await connectedWorkspace(baseURL!, "api-rep-a", DEMO_KEY);
  const b = await connectedWorkspace(baseURL!, "api-rep-b", DEMO_KEY);
  adminA = a.admin;
  slugA = a.account.tenantSlug;
  const slugB = b.account.tenantSlug;
  const token = async (admin: APIRequestContext, slug: string, scope: "read" | "write") =>
    (await createToken(admin, slug, { name: `${scope} ${slug}`, scope, ratePerMinute: 600 }))
      .secret;
  writeA = await token(a.admin, slugA, "write");
  readA = await token(a.admin, slugA, "read");
  writeB = await token(b.admin, slugB, "write");
  script = await playwrightRequest.newContext({ baseURL });
  api = await PublicApi.load(script);
  reportA = await reportIn(a.admin, slugA, "Acme, March");

  // Workspace B's own things, one of each kind a path of the document names.
  const project = await api.call(writeB, "POST", "/api/v1/keyword-projects", {
    data: { domain: "b-only.example", searchEngine: "google", location: "United States" },
  });
  idsOfB.projectId = (project.body!.project as { id: string }).id;
  const added = await api.call(
    writeB,
    "POST",
    `/api/v1/keyword-projects/${idsOfB.projectId}/keywords`,
    {
      data: { keywords: ["b only keyword"] },
    },
  );
  idsOfB.keywordId = (added.body!.added as { id: string }[])[0]!.id;
  const list = await api.call(writeB, "POST", "/api/v1/prospect-lists", {
    data: { name: "B's list" },
  });
  idsOfB.listId = (list.body!.list as { id: string }).id;
  const gap = await api.call(writeB, "POST", "/api/v1/backlink-gaps", {
    data: { domain: "example.com", competitors: ["acme-shoes.com"] },
  });
  idsOfB.gapId = (gap.body!.gap as { id: string }).id;
  idsOfB.reportId = await reportIn(b.admin, slugB, "B's client");
  // B's gap and its added keyword's check finish here: no work of this file is left in flight
  // to hold the job workers while the next file's checks wait.
  await expect
    .poll(
      async () => {
        const g = await api.call(writeB, "GET", `/api/v1/backlink-gaps/${idsOfB.gapId}`);
        const c = await api.call(
          writeB,
          "GET",
          `/api/v1/keyword-projects/${idsOfB.projectId}/checks/latest`,
        );
        const check = c.body!.check as { status: string } | null;
        return [(g.body!.gap as { status: string }).status, check?.status];
      },
      { timeout: 30_000 },
    )
    .toEqual(["done", "done"]);
  await b.admin.dispose();
});

test.afterAll(async () => {
  await sim.setDate(null);
  await script?.dispose();
  await adminA?.dispose();
});

test("a script lists the reports, reads one, and gets a share link's URL once", async () => {
  const listed = await api.call(readA, "GET", "/api/v1/reports?limit=100");
  const ids = (listed.body!.data as { id: string }[]).map((r) => r.id);
  expect(ids).toEqual([reportA]);
  const one = await api.call(readA, "GET", `/api/v1/reports/${reportA}`);
  expect(one.body!.report).toMatchObject({
    id: reportA,
    title: "Acme, March",
    clientDomain: "client.example",
    sections: ["prospects"],
    monthlyEmail: false,
  });

  const key = `share-${Date.now()}`;
  const made = await api.call(writeA, "POST", `/api/v1/reports/${reportA}/share-links`, {
    data: { expiresInDays: 7 },
    headers: { "Idempotency-Key": key },
  });
  expect(made.response.status()).toBe(201);
  const url = new URL(made.body!.url as string);
  expect(url.pathname).toMatch(/^\/r\/.+/);
  // Someone without a login (a fresh context, no cookie, no token) opens the report.
  const visitor = await playwrightRequest.newContext({ baseURL: baseUrl });
  const opened = await visitor.get(url.pathname);
  expect(opened.status()).toBe(200);
  expect(await opened.text()).toContain("Acme, March");
  await visitor.dispose();

  // A retry with the same key makes no second link and does not show the URL again.
  const again = await api.call(writeA, "POST", `/api/v1/reports/${reportA}/share-links`, {
    data: { expiresInDays: 7 },
    headers: { "Idempotency-Key": key },
  });
  expect(again.response.status()).toBe(409);
  expect(JSON.stringify(again.body)).not.toContain(url.pathname);
  const links = await adminA.get(`/api/tenants/${slugA}/reports/${reportA}/share-links`);
  expect(((await links.json()).links as unknown[]).length).toBe(1);
});

test("a token of one workspace gets 404 from every operation on another's things", async () => {
  // Valid bodies, so that only the ownership can refuse them (not the input check).
  const BODIES: Record<string, unknown> = {
    addKeywords: { keywords: ["stolen"] },
    addProspectDomains: { entries: ["stolen.com"] },
    startProspectMetricsRun: { mode: "all" },
    createReportShareLink: { expiresInDays: 7 },
  };
  const scoped = api.operations().filter(([, template]) => template.includes("{"));
  expect(scoped.length).toBeGreaterThan(10);
  for (const [method, template, op] of scoped) {
    const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      expect(idsOfB[name], `an id of workspace B for {${name}}`).toBeDefined();
      return idsOfB[name]!;
    });
    const id = op.operationId as string;
    if (op.requestBody) expect(BODIES[id], `a valid body for ${id}`).toBeDefined();
    const { response } = await api.call(writeA, method, path, { data: BODIES[id] });
    expect(response.status(), `${method} ${template}`).toBe(404);
  }
  // B's things are as they were: its keyword is still tracked, its list got no domain.
  const rankings = await api.call(
    writeB,
    "GET",
    `/api/v1/keyword-projects/${idsOfB.projectId}/rankings`,
  );
  expect((rankings.body!.data as { keywordId: string }[]).map((k) => k.keywordId)).toEqual([
    idsOfB.keywordId,
  ]);
  const prospects = await api.call(
    writeB,
    "GET",
    `/api/v1/prospect-lists/${idsOfB.listId}/prospects`,
  );
  expect(prospects.body!.data).toEqual([]);
});

test("a token's lists never show another workspace's things", async () => {
  type Param = { in: string; required: boolean };
  const lists = api
    .operations()
    .filter(
      ([method, template, op]) =>
        method === "GET" &&
        !template.includes("{") &&
        !(op.parameters as Param[]).some((p) => p.in === "query" && p.required),
    );
  expect(lists.map(([, template]) => template)).toEqual(
    expect.arrayContaining([
      "/api/v1/keyword-projects",
      "/api/v1/prospect-lists",
      "/api/v1/reports",
    ]),
  );
  for (const [method, template] of lists) {
    const { response, body } = await api.call(writeA, method, `${template}?limit=100`);
    expect(response.status(), template).toBe(200);
    for (const id of Object.values(idsOfB))
      expect(JSON.stringify(body), template).not.toContain(id);
  }
});
