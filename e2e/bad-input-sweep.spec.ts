import { type APIRequestContext, expect, test } from "@playwright/test";
import { connectedWorkspace } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// Table-driven: malformed domains, keyword lists, CSV uploads and query strings against the API.
// Every answer is a 4xx with a message that says what to fix, never a 500.

interface Case {
  name: string;
  method?: "GET" | "POST" | "PUT" | "PATCH";
  /** Path under the workspace's API, `:list` and `:project` filled in. */
  path: string;
  json?: unknown;
  raw?: { body: Buffer | string; type: string };
  status: number;
  /** The error message; for itemised answers (200), the reason given for the rejected line. */
  message: RegExp;
}

const GENERIC_500 = /Something went wrong/;
// Raw bodies go as Buffers: Playwright would JSON-encode a string sent as application/json.
const utf16 = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const latin1 = (text: string) => Buffer.from(text, "latin1");
const longLabel = `${"a".repeat(64)}.com`;
const q = encodeURIComponent;

const DOMAINS = [
  "",
  " ",
  "localhost",
  "not a domain",
  "http://",
  "bad_domain!.com",
  longLabel,
  `${"a.".repeat(130)}com`,
  "javascript:alert(1)",
  "../../etc/passwd",
  "example.com\u0000evil.com",
  '=HYPERLINK("http://evil.test")',
];

const CASES: Case[] = [
  // Domains, on every route that takes one.
  ...DOMAINS.flatMap((d): Case[] => [
    {
      name: `summary ${JSON.stringify(d)}`,
      path: `/backlinks/summary?domain=${q(d)}`,
      status: 422,
      message: /domain/i,
    },
    {
      name: `list ${JSON.stringify(d)}`,
      path: `/backlinks?domain=${q(d)}`,
      status: 422,
      message: /domain/i,
    },
    {
      name: `track ${JSON.stringify(d)}`,
      method: "POST",
      path: "/keywords/projects",
      json: { domain: d, searchEngine: "google" },
      status: 422,
      message: /domain/i,
    },
  ]),
  // Query strings.
  { name: "no domain", path: "/backlinks/summary", status: 422, message: /domain/i },
  {
    name: "bad sort",
    path: "/backlinks?domain=example.com&sort=evil",
    status: 422,
    message: /Sort by one of/,
  },
  { name: "page 0", path: "/backlinks?domain=example.com&page=0", status: 422, message: /Page/ },
  { name: "page -1", path: "/backlinks?domain=example.com&page=-1", status: 422, message: /Page/ },
  {
    name: "page abc",
    path: "/backlinks?domain=example.com&page=abc",
    status: 422,
    message: /Page/,
  },
  {
    name: "page 1e99",
    path: "/backlinks?domain=example.com&page=1e99",
    status: 422,
    message: /Page/,
  },
  {
    name: "huge limit",
    path: "/backlinks?domain=example.com&limit=100000",
    status: 422,
    message: /Rows per page/,
  },
  {
    name: "bad percent escape",
    path: "/backlinks?domain=%E0%A4%A",
    status: 422,
    message: /domain/i,
  },
  {
    name: "history ids",
    path: "/keywords/projects/:project/history?keywordIds=x,y",
    status: 422,
    message: /keyword/i,
  },
  {
    name: "history none",
    path: "/keywords/projects/:project/history",
    status: 422,
    message: /keyword/i,
  },
  {
    name: "history days",
    path: "/keywords/projects/:project/history?keywordIds=:kw&days=-5",
    status: 422,
    message: /day/i,
  },
  {
    name: "project id",
    path: "/keywords/projects/not-a-uuid",
    status: 422,
    message: /project|tracked|Unknown/i,
  },
  {
    name: "list id",
    path: "/prospect-lists/not-a-uuid",
    status: 422,
    message: /Unknown prospect list/,
  },
  // Keyword lists. A paste is answered line by line (the form lists each rejected line and why):
  // bad lines inside a paste get a 200 naming them; a paste with nothing to read is a 422.
  ...(
    [
      ["empty", "", 422, /keyword/i],
      ["blank lines", "\n \n\t\n", 422, /keyword/i],
      ["200 KB paste", "x".repeat(200_001), 422, /too long/i],
      ["not a string", 42, 422, /keyword|Expected/i],
      ["a line too long", `${"k".repeat(81)}\nfine keyword`, 200, /80 characters|long/i],
      ["too many words", "a b c d e f g h i j k l", 200, /words/i],
      [
        "1,001 lines",
        Array.from({ length: 1001 }, (_, i) => `kw ${i}`).join("\n"),
        200,
        /Over 1000/,
      ],
    ] as const
  ).map(
    ([name, text, status, message]): Case => ({
      name: `keywords ${name}`,
      method: "POST",
      path: "/keywords/projects/:project/keywords",
      json: { text },
      status,
      message,
    }),
  ),
  {
    name: "keywords bad engine",
    method: "POST",
    path: "/keywords/projects",
    json: { domain: "example.com", searchEngine: "duckduckgo" },
    status: 422,
    message: /Google, Bing or Yahoo/,
  },
  // CSV uploads: what the browser would send for bad files, and raw files sent as they are.
  {
    name: "CSV without a domain column",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    json: { entries: ["Acme Inc", "+1 555 0100", "Globex Corporation"] },
    status: 422,
    message: /None of the 3 lines is a domain.*choose the column/,
  },
  {
    name: "CSV with formula cells",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    json: { entries: ['=HYPERLINK("http://evil.test","x")', "+1+1", "-2+3", "@SUM(A1:A9)"] },
    status: 422,
    message: /None of the 4 lines is a domain/,
  },
  {
    name: "CSV in UTF-16 posted raw",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    raw: { body: utf16("domain\nexample.com\n"), type: "text/csv" },
    // The API takes JSON only (the page reads the file and sends its lines as JSON).
    status: 415,
    message: /as JSON/,
  },
  {
    name: "CSV in Latin-1 posted raw",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    raw: { body: latin1("domain\ncaf\u00e9.com\n"), type: "text/csv" },
    // The API takes JSON only (the page reads the file and sends its lines as JSON).
    status: 415,
    message: /as JSON/,
  },
  {
    name: "Latin-1 bytes decoded as UTF-8",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    json: { entries: ["caf\ufffd.com", "m\ufffdnchen.de"] },
    status: 422,
    message: /None of the 2 lines is a domain/,
  },
  {
    name: "CSV of 50 MB",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    raw: {
      body: Buffer.from(`{"entries":["${"a".repeat(50 * 1024 * 1024)}"]}`),
      type: "application/json",
    },
    status: 413,
    message: /too large/,
  },
  {
    name: "10,001 lines",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    json: { entries: Array.from({ length: 10_001 }, (_, i) => `d${i}.com`) },
    status: 422,
    message: /at most 10,000 lines/,
  },
  {
    name: "a 3,000-character line",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    json: { entries: [`${"a".repeat(3000)}.com`] },
    status: 422,
    message: /2,048 characters/,
  },
  {
    name: "entries not a list",
    method: "POST",
    path: "/prospect-lists/:list/domains",
    json: { entries: "example.com" },
    status: 422,
    message: /entries/,
  },
  // Bodies that are not what the route reads.
  {
    name: "truncated JSON",
    method: "POST",
    path: "/prospect-lists",
    raw: { body: Buffer.from('{"name":'), type: "application/json" },
    status: 400,
    message: /not valid JSON/,
  },
  {
    name: "JSON null",
    method: "POST",
    path: "/prospect-lists",
    raw: { body: Buffer.from("null"), type: "application/json" },
    status: 422,
    message: /.+/,
  },
  {
    name: "JSON array",
    method: "POST",
    path: "/prospect-lists",
    json: [1, 2],
    status: 422,
    message: /.+/,
  },
  {
    name: "list name too long",
    method: "POST",
    path: "/prospect-lists",
    json: { name: "n".repeat(101) },
    status: 422,
    message: /100 characters/,
  },
  {
    name: "rules out of range",
    method: "PUT",
    path: "/prospect-rules",
    json: { minTrustFlow: -1, minRatio: 99, spamMinCitationFlow: "x", spamMaxRatio: null },
    status: 422,
    message: /between 0 and 100/,
  },
  {
    name: "run mode",
    method: "POST",
    path: "/prospect-lists/:list/run",
    json: { mode: "everything" },
    status: 422,
    message: /mode must be/,
  },
  {
    name: "invitation role",
    method: "POST",
    path: "/invitations",
    json: { email: "x@example.test", role: "owner" },
    status: 422,
    message: /role/i,
  },
  {
    name: "NUL byte in a list name",
    method: "POST",
    path: "/prospect-lists",
    json: { name: "Q3\u0000list" },
    status: 422,
    message: /name: Remove control characters/,
  },
  {
    name: "NUL byte in a tag",
    method: "PATCH",
    path: "/keywords/projects/:project/keywords/:kw",
    json: { tags: ["br\u0000and"] },
    status: 422,
    message: /control characters/,
  },
];

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
