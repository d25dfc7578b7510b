// Bulk actions on selected prospects: what each does to the rows, what it reports, the tenant
// wall on the target list, and the guard for domains a running metrics fetch has not reached.
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import type { DbHandle } from "@/lib/db/client";
import { listProspects } from "@/lib/db/queries/prospect-lists";
import { storeMetrics } from "@/lib/db/queries/prospect-metrics";
import { finishRun, insertRun } from "@/lib/db/queries/prospect-runs";
import { prospectRunDomains } from "@/lib/db/schema";
import { prospectBulkSchema } from "@/lib/validations/prospect-bulk";
import { createTestDb } from "@/test/support/test-db";
import { createOwnerAccount } from "../accounts";
import { applyBulkAction } from "./bulk";
import { addDomains, createList } from "./lists";

let handle: DbHandle;
let a: string;
let b: string;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  const make = async (slug: string) =>
    (
      await createOwnerAccount(handle.db, {
        name: slug,
        email: `${slug}@example.test`,
        password: `password-${slug}-1`,
        tenantName: slug,
        tenantSlug: slug,
      })
    ).tenant.id;
  a = await make("bulk-a");
  b = await make("bulk-b");
});
afterAll(() => handle.close());

/** The action as the route parses it (trimmed, lower-cased tags). */
const act = (input: unknown) => prospectBulkSchema.parse(input);
const rows = async (tenantId: string, listId: string) =>
  Object.fromEntries((await listProspects(handle.db, tenantId, listId)).map((p) => [p.domain, p]));

async function listWith(tenantId: string, name: string, domains: string[]) {
  const list = await createList(handle.db, tenantId, name);
  if (domains.length > 0) await addDomains(handle.db, tenantId, list.id, domains);
  return list.id;
}

describe("tag and untag", () => {
  it("adds a tag once per row, reports rows already tagged and domains not in the list", async () => {
    const list = await listWith(a, "Tags", ["one.com", "two.com", "three.com"]);
    const first = await applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "tag", domains: ["one.com", "two.com"], tag: "  Guest   Post " }),
    );
    expect(first).toMatchObject({ matched: 2, changed: 2, unchanged: 0, ignoredCount: 0 });
    const second = await applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "tag", domains: ["two.com", "three.com", "gone.com"], tag: "guest post" }),
    );
    expect(second).toMatchObject({ matched: 2, changed: 1, unchanged: 1, ignoredCount: 1 });
    expect(second.ignored).toEqual(["gone.com"]);
    const stored = await rows(a, list);
    expect(stored["one.com"]!.tags).toEqual(["guest post"]);
    expect(stored["two.com"]!.tags).toEqual(["guest post"]);

    const removed = await applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "untag", domains: ["one.com", "three.com"], tag: "guest post" }),
    );
    expect(removed).toMatchObject({ changed: 2, unchanged: 0 });
    const after = await rows(a, list);
    expect(after["one.com"]!.tags).toEqual([]);
    expect(after["two.com"]!.tags).toEqual(["guest post"]);
  });

  it("stops at 10 tags per prospect and says how many rows had no room", async () => {
    const list = await listWith(a, "Full", ["full.com", "room.com"]);
    for (let i = 0; i < 10; i++) {
      await applyBulkAction(
        handle.db,
        a,
        list,
        act({ action: "tag", domains: ["full.com"], tag: `t${i}` }),
      );
    }
    const result = await applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "tag", domains: ["full.com", "room.com"], tag: "extra" }),
    );
    expect(result).toMatchObject({ changed: 1, unchanged: 0, tagLimit: 1 });
    expect((await rows(a, list))["full.com"]!.tags).toHaveLength(10);
  });

  it("refuses tags that are empty, too long or carry separators, with a message", () => {
    const parse = (tag: string) =>
      prospectBulkSchema.safeParse({ action: "tag", domains: ["x.com"], tag });
    expect(parse("   ").error?.issues[0]?.message).toBe("A tag cannot be empty");
    expect(parse("x".repeat(31)).error?.issues[0]?.message).toMatch(/at most 30 characters/);
    expect(parse("a;b").success).toBe(false);
    expect(
      prospectBulkSchema.safeParse({
        action: "tag",
        domains: Array(10_001).fill("x.com"),
        tag: "a",
      }).error?.issues[0]?.message,
    ).toMatch(/at most 10,000/);
    expect(prospectBulkSchema.safeParse({ action: "archive", domains: ["x.com"] }).success).toBe(
      false,
    );
  });
});

describe("delete", () => {
  it("deletes only the selected rows of this list", async () => {
    const list = await listWith(a, "Delete", ["keep.com", "drop.com", "drop2.com"]);
    const other = await listWith(a, "Delete other", ["drop.com"]);
    const result = await applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "delete", domains: ["drop.com", "drop2.com", "elsewhere.com"] }),
    );
    expect(result).toMatchObject({ deleted: 2, matched: 2, ignoredCount: 1 });
    expect(Object.keys(await rows(a, list))).toEqual(["keep.com"]);
    expect(Object.keys(await rows(a, other))).toEqual(["drop.com"]);
  });

  it("refuses (409) domains a running fetch has not reached, and allows them once it ended", async () => {
    const list = await listWith(a, "Running", ["busy.com", "done.com", "free.com"]);
    const run = await insertRun(
      handle.db,
      a,
      { listId: list, mode: "all", total: 2, cached: 0, startedBy: null },
      ["busy.com", "done.com"],
    );
    // done.com was settled by an earlier batch: it may go; busy.com may not.
    await handle.db
      .update(prospectRunDomains)
      .set({ settled: true })
      .where(and(eq(prospectRunDomains.runId, run.id), eq(prospectRunDomains.domain, "done.com")));

    const refused = applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "delete", domains: ["busy.com", "free.com"] }),
    );
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ status: 409 });
    await expect(refused).rejects.toThrow(/busy\.com.*wait for the fetch to finish or cancel it/);
    // Nothing of a refused action is applied.
    expect(Object.keys(await rows(a, list)).sort()).toEqual(["busy.com", "done.com", "free.com"]);

    const allowed = await applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "delete", domains: ["done.com", "free.com"] }),
    );
    expect(allowed.deleted).toBe(2);
    // Tagging never touches what the fetch writes: allowed during the run.
    const tagged = await applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "tag", domains: ["busy.com"], tag: "outreach" }),
    );
    expect(tagged.changed).toBe(1);

    await finishRun(handle.db, a, run.id, { status: "cancelled" });
    const later = await applyBulkAction(
      handle.db,
      a,
      list,
      act({ action: "delete", domains: ["busy.com"] }),
    );
    expect(later.deleted).toBe(1);
  });
});

describe("move", () => {
  it("moves rows with their metrics and tags, merging domains the target already holds", async () => {
    const from = await listWith(a, "Move from", [
      "new.com",
      "both.com",
      "old-metrics.com",
      "stay.com",
    ]);
    const to = await listWith(a, "Move to", ["target.com", "both.com", "old-metrics.com"]);
    const at = (iso: string) => new Date(iso);
    const metrics = (domain: string, tf: number, when: string) => ({
      domain,
      trustFlow: tf,
      citationFlow: tf + 1,
      referringDomains: 10,
      totalBacklinks: 100,
      fetchedAt: at(when),
    });
    await storeMetrics(handle.db, a, from, [
      metrics("new.com", 40, "2026-11-01T00:00:00Z"),
      metrics("both.com", 30, "2026-11-01T00:00:00Z"),
      metrics("old-metrics.com", 20, "2026-10-01T00:00:00Z"),
    ]);
    await storeMetrics(handle.db, a, to, [
      metrics("both.com", 5, "2026-10-01T00:00:00Z"),
      metrics("old-metrics.com", 25, "2026-11-15T00:00:00Z"),
    ]);
    await applyBulkAction(
      handle.db,
      a,
      from,
      act({ action: "tag", domains: ["new.com", "both.com"], tag: "outreach" }),
    );
    await applyBulkAction(
      handle.db,
      a,
      to,
      act({ action: "tag", domains: ["both.com"], tag: "brand" }),
    );

    const result = await applyBulkAction(
      handle.db,
      a,
      from,
      act({
        action: "move",
        domains: ["new.com", "both.com", "old-metrics.com", "missing.com"],
        targetListId: to,
      }),
    );
    expect(result).toMatchObject({ matched: 3, moved: 1, alreadyThere: 2, ignoredCount: 1 });

    expect(Object.keys(await rows(a, from))).toEqual(["stay.com"]);
    const target = await rows(a, to);
    // Appended after the target's own rows, in the source's order.
    expect((await listProspects(handle.db, a, to)).map((p) => p.domain)).toEqual([
      "target.com",
      "both.com",
      "old-metrics.com",
      "new.com",
    ]);
    expect(target["new.com"]).toMatchObject({ trustFlow: 40, tags: ["outreach"] });
    // Merged: tags united (the target's first); the newer metrics win on either side.
    expect(target["both.com"]).toMatchObject({ trustFlow: 30, tags: ["brand", "outreach"] });
    expect(target["old-metrics.com"]!.trustFlow).toBe(25);
  });

  it("answers 404 for a list of another workspace and changes nothing", async () => {
    const from = await listWith(a, "Wall from", ["wall.com"]);
    const theirs = await listWith(b, "Theirs", ["x.com"]);
    const moving = applyBulkAction(
      handle.db,
      a,
      from,
      act({ action: "move", domains: ["wall.com"], targetListId: theirs }),
    );
    await expect(moving).rejects.toMatchObject({ status: 404 });
    expect(Object.keys(await rows(a, from))).toEqual(["wall.com"]);
    expect(Object.keys(await rows(b, theirs))).toEqual(["x.com"]);
    // Nor can another workspace act on this list at all.
    await expect(
      applyBulkAction(handle.db, b, from, act({ action: "delete", domains: ["wall.com"] })),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("refuses moving to the same list, or domains a running fetch has not reached", async () => {
    const from = await listWith(a, "Same", ["same.com"]);
    const to = await listWith(a, "Same target", []);
    await expect(
      applyBulkAction(
        handle.db,
        a,
        from,
        act({ action: "move", domains: ["same.com"], targetListId: from }),
      ),
    ).rejects.toMatchObject({ status: 422 });
    await insertRun(
      handle.db,
      a,
      { listId: from, mode: "all", total: 1, cached: 0, startedBy: null },
      ["same.com"],
    );
    await expect(
      applyBulkAction(
        handle.db,
        a,
        from,
        act({ action: "move", domains: ["same.com"], targetListId: to }),
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect(Object.keys(await rows(a, to))).toEqual([]);
  });
});
