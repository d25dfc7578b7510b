// Moving selected prospects to another list: rows keep their metrics and tags, domains the
// target already holds are merged, another workspace's list is "not found".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProspects } from "@/lib/db/queries/prospect-lists";
import { storeMetrics } from "@/lib/db/queries/prospect-metrics";
import { insertRun } from "@/lib/db/queries/prospect-runs";
import { applyBulkAction } from "@/lib/services/prospects/bulk";
import { bulkAction as act, createBulkFixture } from "@/test/support/prospect-bulk-fixture";

let f: Awaited<ReturnType<typeof createBulkFixture>>;
let a: string;
let b: string;
const listWith = (...args: Parameters<typeof f.listWith>) => f.listWith(...args);
const rows = (...args: Parameters<typeof f.rows>) => f.rows(...args);

beforeAll(async () => {
  f = await createBulkFixture("bulk-move");
  ({ a, b } = f);
});
afterAll(() => f.handle.close());

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
    await storeMetrics(f.handle.db, a, from, [
      metrics("new.com", 40, "2026-11-01T00:00:00Z"),
      metrics("both.com", 30, "2026-11-01T00:00:00Z"),
      metrics("old-metrics.com", 20, "2026-10-01T00:00:00Z"),
    ]);
    await storeMetrics(f.handle.db, a, to, [
      metrics("both.com", 5, "2026-10-01T00:00:00Z"),
      metrics("old-metrics.com", 25, "2026-11-15T00:00:00Z"),
    ]);
    await applyBulkAction(
      f.handle.db,
      a,
      from,
      act({ action: "tag", domains: ["new.com", "both.com"], tag: "outreach" }),
    );
    await applyBulkAction(
      f.handle.db,
      a,
      to,
      act({ action: "tag", domains: ["both.com"], tag: "brand" }),
    );

    const result = await applyBulkAction(
      f.handle.db,
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
    expect((await listProspects(f.handle.db, a, to)).map((p) => p.domain)).toEqual([
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
      f.handle.db,
      a,
      from,
      act({ action: "move", domains: ["wall.com"], targetListId: theirs }),
    );
    await expect(moving).rejects.toMatchObject({ status: 404 });
    expect(Object.keys(await rows(a, from))).toEqual(["wall.com"]);
    expect(Object.keys(await rows(b, theirs))).toEqual(["x.com"]);
    // Nor can another workspace act on this list at all.
    await expect(
      applyBulkAction(f.handle.db, b, from, act({ action: "delete", domains: ["wall.com"] })),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("refuses moving to the same list, or domains a running fetch has not reached", async () => {
    const from = await listWith(a, "Same", ["same.com"]);
    const to = await listWith(a, "Same target", []);
    await expect(
      applyBulkAction(
        f.handle.db,
        a,
        from,
        act({ action: "move", domains: ["same.com"], targetListId: from }),
      ),
    ).rejects.toMatchObject({ status: 422 });
    await insertRun(
      f.handle.db,
      a,
      { listId: from, mode: "all", total: 1, cached: 0, startedBy: null },
      ["same.com"],
    );
    await expect(
      applyBulkAction(
        f.handle.db,
        a,
        from,
        act({ action: "move", domains: ["same.com"], targetListId: to }),
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect(Object.keys(await rows(a, to))).toEqual([]);
  });
});
