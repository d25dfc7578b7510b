import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { backlinksCsvHeader } from "@/lib/backlinks/backlinks-csv";
import type { DbHandle } from "@/lib/db/client";
import { createExport, findExport } from "@/lib/db/queries/backlink-exports";
import { providerV3 } from "@/lib/seranking/dialects/provider-v3";
import type { BacklinkRow } from "@/lib/seranking/types";
import { createOwnerAccount } from "@/lib/services/accounts";
import { EXPORT_PAGE_SIZE, runBacklinkExport } from "@/lib/services/backlinks/export-job";
import { createTestDb } from "@/test/support/test-db";

// Paging that does not trust the summary: SE Ranking's list reply has no count, and its summary
// can disagree with the list. The export pages until a short page, whatever the summary says.
// The list is played here by a stub of the page source, so its length can differ from the
// summary's count (the simulator keeps the two equal).

const pages = vi.hoisted(() => ({
  lengths: [] as number[],
  summaryCalls: 0,
  asked: [] as number[],
}));
vi.mock("@/lib/services/backlinks/backlinks-service", () => ({
  backlinksSummary: async () => {
    pages.summaryCalls++;
    return { summary: { totalBacklinks: 5000 } };
  },
  backlinksPage: async (_db: unknown, _tenantId: string, q: { page: number; limit: number }) => {
    pages.asked.push(q.page);
    const length = pages.lengths[q.page - 1] ?? 0;
    const rows = Array.from(
      { length },
      (_, i): BacklinkRow => ({
        sourceUrl: `https://source.example/${(q.page - 1) * q.limit + i}`,
        targetUrl: "https://listed.example/",
        anchorText: "anchor",
        trustFlow: 10,
        citationFlow: 20,
        isNoFollow: false,
        firstSeen: "2024-01-01",
        lastSeen: "2026-10-01",
      }),
    );
    return { rows, page: q.page, limit: q.limit, metricLabels: providerV3.metricLabels };
  },
}));

let handle: DbHandle;
let tenantId = "";

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  const { tenant } = await createOwnerAccount(handle.db, {
    name: "Owner",
    email: "paging@example.test",
    password: "correct-horse-42",
    tenantName: "Paging",
    tenantSlug: "paging",
  });
  tenantId = tenant.id;
});
afterAll(() => handle?.close());
beforeEach(() => {
  pages.summaryCalls = 0;
  pages.asked = [];
});

async function exportList(lengths: number[]) {
  pages.lengths = lengths;
  const values = { domain: "listed.example", sort: "trust_flow", dofollow: false };
  const row = await createExport(
    handle.db,
    tenantId,
    { ...values, dialect: "provider-v3", startedBy: null },
    backlinksCsvHeader(providerV3.metricLabels),
  );
  const signal = new AbortController().signal;
  await runBacklinkExport(
    { tenantId, exportId: row.id },
    { db: handle.db, jobId: "j", signal, retryCount: 0 },
  );
  return (await findExport(handle.db, tenantId, row.id))!;
}

describe("export paging", () => {
  const full = EXPORT_PAGE_SIZE;

  it("ends at a short page even when the summary said more", async () => {
    const ended = await exportList([full, full, 400]);
    expect(ended).toMatchObject({
      status: "done",
      stopReason: "end_of_list",
      rowsWritten: 2 * full + 400,
    });
    expect(ended.total).toBe(2 * full + 400);
    expect(pages.asked).toEqual([1, 2, 3]);
    expect(pages.summaryCalls).toBe(0);
  });

  it("goes on past the summary's count while pages are full, until an empty page", async () => {
    // Six full pages, then nothing: the end is only known from the empty seventh page.
    const ended = await exportList([full, full, full, full, full, full]);
    expect(ended).toMatchObject({ status: "done", rowsWritten: 6 * full, total: 6 * full });
    expect(pages.asked).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("an empty list is an export of 0 rows that ended with the list", async () => {
    const ended = await exportList([]);
    expect(ended).toMatchObject({
      status: "done",
      stopReason: "end_of_list",
      rowsWritten: 0,
      total: 0,
    });
  });
});
