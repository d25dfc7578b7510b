// The bad-input sweep's table (e2e/bad-input-sweep.spec.ts): what is sent, and the 4xx and
// message that must come back. Part one: domains, query strings and keyword pastes.

export interface Case {
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

// Raw bodies go as Buffers: Playwright would JSON-encode a string sent as application/json.
export const utf16 = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
export const latin1 = (text: string) => Buffer.from(text, "latin1");
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

export const INPUT_CASES: Case[] = [
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
];
