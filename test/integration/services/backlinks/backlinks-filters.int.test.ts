import { randomBytes } from "node:crypto";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlinksCsvHeader } from "@/lib/backlinks/backlinks-csv";
import { encrypt } from "@/lib/crypto/envelope";
import type { DbHandle } from "@/lib/db/client";
import { createExport, findExport } from "@/lib/db/queries/backlink-exports";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { providerV3 } from "@/lib/seranking/dialects/provider-v3";
import { createOwnerAccount } from "@/lib/services/accounts";
import { backlinksPage } from "@/lib/services/backlinks/backlinks-service";
import { exportCsvStream } from "@/lib/services/backlinks/export-download";
import { runBacklinkExport } from "@/lib/services/backlinks/export-job";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import type { TextFilters } from "@/lib/validations/backlink-filters";
import { DATA_API_DEMO_KEY, DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { backlinksPageFor } from "@/simulator/universe";
import { dataBacklinksFor } from "@/simulator/universe-data-v1";
import { createTestDb } from "@/test/support/test-db";

// Page sizes and text filters on the server, against the simulator and a real database: what
// the filters searched, what they kept (the expectation filtered here from the simulator's own
// rows, not from the code under test), and what each page cost in the simulator's request log.

let handle: DbHandle;
let sim: RunningSimulator;
const tenant = { data: "", provider: "", providerUser: "" };
const DOMAIN = "deep-example.com"; // 10,000 links
const RAW = "/v1/backlinks/raw";
const LIST = "/research/backlinks/";

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: 0 });
  process.env.SERANKING_BASE_URL = sim.url;
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  for (const [tag, key, dialect] of [
    ["data", DATA_API_DEMO_KEY, "data-v1"],
    ["provider", DEMO_KEY, "provider-v3"],
  ] as const) {
    const { tenant: t, userId } = await createOwnerAccount(handle.db, {
      name: `Filter ${tag}`,
      email: `filter-${tag}@example.test`,
      password: "correct-horse-42",
      tenantName: `Filter ${tag}`,
      tenantSlug: `filter-${tag}`,
    });
    tenant[tag] = t.id;
    if (tag === "provider") tenant.providerUser = userId;
    await upsertIntegration(handle.db, t.id, {
      apiKey: encrypt(key, serverKeyring().current),
      metadata: { dialect, last4: key.slice(-4), status: "connected" },
    });
  }
});
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

const view = (page: number, limit: number, filters?: TextFilters) => ({
  domain: DOMAIN,
  page,
  limit,
  sort: "trust_flow" as const,
  dofollow: false,
  filters,
});
const logged = (path: string, key: "target" | "domain") =>
  sim.state.log.entries({ path }).filter((e) => e.query[key] === DOMAIN);
/** The test's own reading of "contains" / "excludes": lower-case substring. */
const has = (value: string, text: string) => value.toLowerCase().includes(text.toLowerCase());

describe("Data API: filters search the stored walk rows", () => {
  const upstream = () =>
    dataBacklinksFor(DOMAIN, {
      orderBy: "domain_inlink_rank",
      dofollowOnly: false,
      offset: 0,
      limit: 250,
    }).rows;

  it("a 250-row page costs its 250 rows once; filtering them costs nothing more", async () => {
    const page = await backlinksPage(handle.db, tenant.data, view(1, 250));
    expect(page.rows).toHaveLength(250);
    expect(logged(RAW, "target").map((e) => [e.query.limit, e.credits])).toEqual([["250", 250]]);

    // A word of a stored anchor, in another case: the filter is case-insensitive.
    const rows = upstream();
    const word = rows.find((r) => (r.anchor ?? "").includes(" "))!.anchor!.split(" ")[0]!;
    const wanted = rows.filter((r) => has(r.anchor ?? "", word)).map((r) => r.url_from);
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.length).toBeLessThan(250);
    const filters = { anchor: { mode: "contains" as const, text: word.toUpperCase() } };
    const filtered = await backlinksPage(handle.db, tenant.data, view(1, 250, filters));
    expect(filtered.rows.map((r) => r.sourceUrl)).toEqual(wanted);
    expect(filtered.filter).toEqual({ scope: "stored", searched: 250, matched: wanted.length });
    // The matches page by the page size; page 2 of 25-row pages is matches 26–50.
    const second = await backlinksPage(handle.db, tenant.data, view(2, 25, filters));
    expect(second.rows.map((r) => r.sourceUrl)).toEqual(wanted.slice(25, 50));
    expect(logged(RAW, "target")).toHaveLength(1);
  });

  it("excludes keeps the rows without the text, combined with an anchor filter", async () => {
    const rows = upstream();
    const host = new URL(rows[0]!.url_from).hostname.split(".")[0]!;
    const filters: TextFilters = {
      anchor: { mode: "excludes", text: "http" },
      url: { mode: "excludes", text: host },
    };
    const wanted = rows
      .filter((r) => !has(r.anchor ?? "", "http") && !has(r.url_from, host))
      .map((r) => r.url_from);
    const page = await backlinksPage(handle.db, tenant.data, view(1, 250, filters));
    expect(page.rows.map((r) => r.sourceUrl)).toEqual(wanted);
    expect(page.rows.some((r) => has(r.sourceUrl, host))).toBe(false);
    // A "%" or "_" is text, not a wildcard.
    const literal = { anchor: { mode: "contains" as const, text: "%" } };
    expect((await backlinksPage(handle.db, tenant.data, view(1, 250, literal))).rows).toEqual([]);
  });
});

describe("provider contract: filters search the page SE Ranking served", () => {
  it("pages stay the unfiltered list's offsets; a 100-row page costs its 100 rows", async () => {
    const served = backlinksPageFor(DOMAIN, {
      sortBy: "trust_flow",
      dofollowOnly: false,
      offset: 100,
      limit: 100,
    }).backlinks;
    const word = served.find((r) => r.anchor_text.includes(" "))!.anchor_text.split(" ")[1]!;
    const filters = { anchor: { mode: "contains" as const, text: word } };
    const page = await backlinksPage(handle.db, tenant.provider, view(2, 100, filters));
    const wanted = served.filter((r) => has(r.anchor_text, word)).map((r) => r.source_url);
    expect(page.rows.map((r) => r.sourceUrl)).toEqual(wanted);
    expect(page.filter).toEqual({ scope: "page", searched: 100, matched: wanted.length });
    expect(logged(LIST, "domain").map((e) => [e.query.offset, e.query.limit, e.credits])).toEqual([
      ["100", "100", 100],
    ]);
  });

  it("the whole-list export applies the same filters to every row", async () => {
    const domain = "authority-example.com"; // 5,000 links
    const filters: TextFilters = { url: { mode: "excludes", text: ".com/" } };
    const row = await createExport(
      handle.db,
      tenant.provider,
      {
        domain,
        sort: "trust_flow",
        dofollow: false,
        filters,
        dialect: "provider-v3",
        startedBy: tenant.providerUser,
      },
      backlinksCsvHeader(providerV3.metricLabels),
    );
    const signal = new AbortController().signal;
    await runBacklinkExport(
      { tenantId: tenant.provider, exportId: row.id },
      { db: handle.db, jobId: "filters", signal, retryCount: 0 },
    );
    const all = backlinksPageFor(domain, {
      sortBy: "trust_flow",
      dofollowOnly: false,
      offset: 0,
      limit: 5000,
    }).backlinks;
    const wanted = all.filter((r) => !has(r.source_url, ".com/")).map((r) => r.source_url);
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.length).toBeLessThan(all.length);
    const done = (await findExport(handle.db, tenant.provider, row.id))!;
    expect(done).toMatchObject({ status: "done", stopReason: "end_of_list" });
    expect(done.rowsWritten).toBe(wanted.length);
    const text = await new Response(exportCsvStream(handle.db, tenant.provider, row.id)).text();
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(wanted);
  });
});
