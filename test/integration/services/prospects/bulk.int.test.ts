// Bulk actions on selected prospects: tag, untag and delete — what each does to the rows, what
// it reports, and the guard for domains a running metrics fetch has not reached.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { finishRun, insertRun } from "@/lib/db/queries/prospect-runs";
import { prospectRunDomains } from "@/lib/db/schema";
import { applyBulkAction } from "@/lib/services/prospects/bulk";
import { prospectBulkSchema } from "@/lib/validations/prospect-bulk";
import { bulkAction as act, createBulkFixture } from "@/test/support/prospect-bulk-fixture";

let f: Awaited<ReturnType<typeof createBulkFixture>>;
let a: string;
const listWith = (...args: Parameters<typeof f.listWith>) => f.listWith(...args);
const rows = (...args: Parameters<typeof f.rows>) => f.rows(...args);

beforeAll(async () => {
  f = await createBulkFixture("bulk");
  a = f.a;
});
afterAll(() => f.handle.close());

describe("tag and untag", () => {
  it("adds a tag once per row, reports rows already tagged and domains not in the list", async () => {
    const list = await listWith(a, "Tags", ["one.com", "two.com", "three.com"]);
    const first = await applyBulkAction(
      f.handle.db,
      a,
      list,
      act({ action: "tag", domains: ["one.com", "two.com"], tag: "  Guest   Post " }),
    );
    expect(first).toMatchObject({ matched: 2, changed: 2, unchanged: 0, ignoredCount: 0 });
    const second = await applyBulkAction(
      f.handle.db,
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
      f.handle.db,
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
        f.handle.db,
        a,
        list,
        act({ action: "tag", domains: ["full.com"], tag: `t${i}` }),
      );
    }
    const result = await applyBulkAction(
      f.handle.db,
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
      f.handle.db,
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
      f.handle.db,
      a,
      { listId: list, mode: "all", total: 2, cached: 0, startedBy: null },
      ["busy.com", "done.com"],
    );
    // done.com was settled by an earlier batch: it may go; busy.com may not.
    await f.handle.db
      .update(prospectRunDomains)
      .set({ settled: true })
      .where(and(eq(prospectRunDomains.runId, run.id), eq(prospectRunDomains.domain, "done.com")));

    const refused = applyBulkAction(
      f.handle.db,
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
      f.handle.db,
      a,
      list,
      act({ action: "delete", domains: ["done.com", "free.com"] }),
    );
    expect(allowed.deleted).toBe(2);
    // Tagging never touches what the fetch writes: allowed during the run.
    const tagged = await applyBulkAction(
      f.handle.db,
      a,
      list,
      act({ action: "tag", domains: ["busy.com"], tag: "outreach" }),
    );
    expect(tagged.changed).toBe(1);

    await finishRun(f.handle.db, a, run.id, { status: "cancelled" });
    const later = await applyBulkAction(
      f.handle.db,
      a,
      list,
      act({ action: "delete", domains: ["busy.com"] }),
    );
    expect(later.deleted).toBe(1);
  });
});
