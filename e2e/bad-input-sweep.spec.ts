import { type APIRequestContext, expect, test } from "@playwright/test";
import { connectedWorkspace } from "./support/accounts";
import { BODY_CASES } from "./support/bad-body-cases";
import { type Case, INPUT_CASES } from "./support/bad-input-cases";
import { DEMO_KEY } from "./support/simulator";

// Table-driven: malformed domains, keyword lists, CSV uploads and query strings against the API.
// Every answer is a 4xx with a message that says what to fix, never a 500.

const GENERIC_500 = /Something went wrong/;

const CASES: Case[] = [...INPUT_CASES, ...BODY_CASES];

let admin: APIRequestContext;
let slug: string;
const ids = { list: "", project: "", kw: "" };

test.beforeAll(async ({ baseURL }) => {
  const workspace = await connectedWorkspace(baseURL!, "sweep", DEMO_KEY);
  admin = workspace.admin;
  slug = workspace.account.tenantSlug;
  const list = await admin.post(`/api/tenants/${slug}/prospect-lists`, { data: { name: "Sweep" } });
  ids.list = (await list.json()).list.id;
  const project = await admin.post(`/api/tenants/${slug}/keywords/projects`, {
    data: { domain: "example.com", searchEngine: "google" },
  });
  ids.project = (await project.json()).project.id;
  const added = await admin.post(`/api/tenants/${slug}/keywords/projects/${ids.project}/keywords`, {
    data: { text: "seo tools" },
  });
  expect(added.status()).toBeLessThan(300);
  const detail = await (
    await admin.get(`/api/tenants/${slug}/keywords/projects/${ids.project}`)
  ).json();
  ids.kw = detail.keywords[0].id;
});
test.afterAll(() => admin.dispose());

test("every malformed input gets a 4xx with a message saying what to fix", async () => {
  const seen: string[] = [];
  for (const c of CASES) {
    const path = `/api/tenants/${slug}${c.path}`
      .replace(":list", ids.list)
      .replace(":project", ids.project)
      .replace(":kw", ids.kw);
    const response = await admin.fetch(path, {
      method: c.method ?? "GET",
      ...(c.raw
        ? { data: c.raw.body, headers: { "Content-Type": c.raw.type } }
        : c.json !== undefined
          ? { data: c.json }
          : {}),
    });
    const body = await response.json().catch(() => null);
    const message =
      response.status() === 200
        ? JSON.stringify(body?.rejected ?? "")
        : String(body?.error?.message ?? "");
    seen.push(`${c.name}: ${response.status()} ${message.slice(0, 100)}`);
    expect.soft(response.status(), c.name).toBe(c.status);
    expect.soft(message, c.name).toMatch(c.message);
    expect.soft(message, c.name).not.toMatch(GENERIC_500);
  }
  // The list is still empty: no malformed upload added anything.
  const list = await (await admin.get(`/api/tenants/${slug}/prospect-lists/${ids.list}`)).json();
  expect(list.prospects).toEqual([]);
  test.info().annotations.push({ type: "answers", description: seen.join("\n") });
});
