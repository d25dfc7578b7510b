// Prospect lists at the service/query level: paste handling, limits, rules, and tenant walls.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { listProspectLists } from "@/lib/db/queries/prospect-lists";
import { storeMetrics } from "@/lib/db/queries/prospect-metrics";
import { readRules, writeRules } from "@/lib/db/queries/prospect-rules";
import { DEFAULT_RULES, qualify } from "@/lib/prospects/qualify";
import { createOwnerAccount } from "@/lib/services/accounts";
import { listDetail } from "@/lib/services/prospects/list-detail";
import { addDomains, createList, deleteList, renameList } from "@/lib/services/prospects/lists";
import { currentRun, startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
let a: { tenantId: string; userId: string };
let b: { tenantId: string; userId: string };

beforeAll(async () => {
  // listDetail prices the next run with the cache TTL from the server's environment.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  const make = async (slug: string) => {
    const r = await createOwnerAccount(handle.db, {
      name: slug,
      email: `${slug}@example.test`,
      password: `password-${slug}-1`,
      tenantName: slug,
      tenantSlug: slug,
    });
    return { tenantId: r.tenant.id, userId: r.userId };
  };
  a = await make("lists-a");
  b = await make("lists-b");
});
afterAll(() => handle.close());

describe("prospect lists", () => {
  it("keeps accepted lines, counts duplicates and lists rejected lines with the reason", async () => {
    const list = await createList(handle.db, a.tenantId, "Outreach");
    const first = await addDomains(handle.db, a.tenantId, list.id, [
      "example.com",
      "https://www.Example.com/page", // duplicate of the first once normalised
      "news.example.org",
      "not a domain",
      "ftp://files.example.net",
      "",
    ]);
    expect(first).toMatchObject({ added: 2, duplicates: 1, rejectedCount: 2, total: 2 });
    expect(first.rejected.map((r) => r.input)).toEqual(["not a domain", "ftp://files.example.net"]);
    expect(first.rejected.every((r) => r.reason.length > 0)).toBe(true);
    // Each refusal names its line in what was sent.
    expect(first.rejected.map((r) => r.line)).toEqual([4, 5]);
    // Domains already in the list count as duplicates too.
    const second = await addDomains(handle.db, a.tenantId, list.id, ["example.com", "third.io"]);
    expect(second).toMatchObject({ added: 1, duplicates: 1, total: 3 });
    const detail = await listDetail(handle.db, a.tenantId, list.id);
    expect(detail.prospects.map((p) => p.domain)).toEqual([
      "example.com",
      "news.example.org",
      "third.io",
    ]);
    expect(detail.prospects[0]).toMatchObject({ verdict: null, reason: "Metrics not fetched yet" });
  });

  it("holds 5,000 domains and refuses to grow past 10,000", async () => {
    const list = await createList(handle.db, a.tenantId, "Big");
    const many = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}.com`);
    expect((await addDomains(handle.db, a.tenantId, list.id, many(5000, "a"))).total).toBe(5000);
    expect((await addDomains(handle.db, a.tenantId, list.id, many(5000, "b"))).total).toBe(10000);
    await expect(
      addDomains(handle.db, a.tenantId, list.id, ["one-more.com"]),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("judges with the tenant's rules, defaults first", async () => {
    const list = await createList(handle.db, a.tenantId, "Rules");
    await addDomains(handle.db, a.tenantId, list.id, ["ratio.com"]);
    const m = { trustFlow: 20, citationFlow: 50, referringDomains: 5, totalBacklinks: 9 };
    await storeMetrics(handle.db, a.tenantId, list.id, [
      { domain: "ratio.com", ...m, fetchedAt: new Date() },
    ]);
    expect((await readRules(handle.db, a.tenantId)).isDefault).toBe(true);
    const before = await listDetail(handle.db, a.tenantId, list.id);
    expect(before.prospects[0]).toMatchObject({
      ratio: 0.4,
      verdict: qualify(m, DEFAULT_RULES).verdict,
      reason: qualify(m, DEFAULT_RULES).reason,
    });
    const loose = { ...DEFAULT_RULES, minRatio: 0.4 };
    await writeRules(handle.db, a.tenantId, loose, a.userId);
    const after = await listDetail(handle.db, a.tenantId, list.id);
    expect(after.prospects[0]?.verdict).toBe("pass");
    expect((await readRules(handle.db, b.tenantId)).rules).toEqual(DEFAULT_RULES);
  });

  it("another tenant can neither read nor change a list", async () => {
    const list = await createList(handle.db, a.tenantId, "Private");
    await addDomains(handle.db, a.tenantId, list.id, ["secret-prospect.com"]);
    const notFound = { status: 404, code: "not_found" };
    await expect(listDetail(handle.db, b.tenantId, list.id)).rejects.toMatchObject(notFound);
    await expect(renameList(handle.db, b.tenantId, list.id, "Mine")).rejects.toMatchObject(
      notFound,
    );
    await expect(addDomains(handle.db, b.tenantId, list.id, ["x.com"])).rejects.toMatchObject(
      notFound,
    );
    await expect(
      startMetricsRun(handle.db, b.tenantId, list.id, { mode: "all", startedBy: null }),
    ).rejects.toMatchObject(notFound);
    expect(await currentRun(handle.db, b.tenantId, list.id)).toBeUndefined();
    await storeMetrics(handle.db, b.tenantId, list.id, [
      {
        domain: "secret-prospect.com",
        trustFlow: 99,
        citationFlow: 99,
        referringDomains: 1,
        totalBacklinks: 1,
        fetchedAt: new Date(),
      },
    ]);
    await expect(deleteList(handle.db, b.tenantId, list.id)).rejects.toMatchObject(notFound);
    expect((await listProspectLists(handle.db, b.tenantId)).map((l) => l.id)).not.toContain(
      list.id,
    );
    const own = await listDetail(handle.db, a.tenantId, list.id);
    expect(own.list.name).toBe("Private");
    expect(own.prospects).toMatchObject([{ domain: "secret-prospect.com", trustFlow: null }]);
  });
});
