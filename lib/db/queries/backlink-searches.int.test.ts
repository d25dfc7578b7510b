import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { createOwnerAccount } from "@/lib/services/accounts";
import { createTestDb } from "@/test/support/test-db";
import {
  listBacklinkSearches,
  RECENT_SEARCHES_KEPT,
  recordBacklinkSearch,
} from "./backlink-searches";

let handle: DbHandle;
const ids: Record<"a" | "b", string> = { a: "", b: "" };

beforeAll(async () => {
  handle = await createTestDb();
  for (const tag of ["a", "b"] as const) {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: `Owner ${tag}`,
      email: `recent-${tag}@example.test`,
      password: "correct-horse-42",
      tenantName: `Recent ${tag}`,
      tenantSlug: `recent-${tag}`,
    });
    ids[tag] = tenant.id;
  }
});
afterAll(() => handle.close());

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 12, minute));

describe("recent backlink searches", () => {
  it("lists newest first and moves a repeated domain to the top without duplicating it", async () => {
    await recordBacklinkSearch(handle.db, ids.a, "one.com", at(1));
    await recordBacklinkSearch(handle.db, ids.a, "two.com", at(2));
    await recordBacklinkSearch(handle.db, ids.a, "one.com", at(3));
    const list = await listBacklinkSearches(handle.db, ids.a);
    expect(list.map((s) => s.domain)).toEqual(["one.com", "two.com"]);
    expect(list[0]!.searchedAt).toEqual(at(3));
  });

  it("keeps only the last distinct domains", async () => {
    for (let i = 0; i < RECENT_SEARCHES_KEPT + 5; i++) {
      await recordBacklinkSearch(handle.db, ids.a, `bulk-${i}.com`, at(10 + i));
    }
    const list = await listBacklinkSearches(handle.db, ids.a, 100);
    expect(list).toHaveLength(RECENT_SEARCHES_KEPT);
    expect(list[0]!.domain).toBe(`bulk-${RECENT_SEARCHES_KEPT + 4}.com`);
    expect(list.map((s) => s.domain)).not.toContain("one.com");
  });

  it("moves a repeated domain to the top of a full list without dropping anything", async () => {
    const before = await listBacklinkSearches(handle.db, ids.a, 100);
    expect(before).toHaveLength(RECENT_SEARCHES_KEPT);
    const oldest = before.at(-1)!.domain;
    await recordBacklinkSearch(handle.db, ids.a, oldest, at(40));
    const after = await listBacklinkSearches(handle.db, ids.a, 100);
    expect(after.map((s) => s.domain)).toEqual([
      oldest,
      ...before.slice(0, -1).map((s) => s.domain),
    ]);
  });

  it("never shows or trims another tenant's searches", async () => {
    await recordBacklinkSearch(handle.db, ids.b, "secret-b.com", at(50));
    const a = await listBacklinkSearches(handle.db, ids.a, 100);
    const b = await listBacklinkSearches(handle.db, ids.b, 100);
    expect(a.map((s) => s.domain)).not.toContain("secret-b.com");
    expect(b.map((s) => s.domain)).toEqual(["secret-b.com"]);
    // A write by tenant A (which trims A's list) leaves B's row alone.
    await recordBacklinkSearch(handle.db, ids.a, "another.com", at(51));
    expect(await listBacklinkSearches(handle.db, ids.b)).toHaveLength(1);
  });

  it("survives concurrent searches of the same domain", async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => recordBacklinkSearch(handle.db, ids.b, "same.com")),
    );
    const b = await listBacklinkSearches(handle.db, ids.b);
    expect(b.filter((s) => s.domain === "same.com")).toHaveLength(1);
  });

  it("a repeat of the latest search within a minute writes nothing; later, or after another, it moves", async () => {
    await recordBacklinkSearch(handle.db, ids.a, "latest.com", at(100));
    const seconds = (s: number) => new Date(at(100).getTime() + s * 1000);
    await recordBacklinkSearch(handle.db, ids.a, "latest.com", seconds(30));
    const top = async () => (await listBacklinkSearches(handle.db, ids.a))[0]!;
    expect(await top()).toEqual({ domain: "latest.com", searchedAt: at(100) });
    await recordBacklinkSearch(handle.db, ids.a, "latest.com", seconds(90));
    expect(await top()).toEqual({ domain: "latest.com", searchedAt: seconds(90) });
    // Another domain in between: the repeat moves back to the top at once.
    await recordBacklinkSearch(handle.db, ids.a, "other.com", seconds(95));
    await recordBacklinkSearch(handle.db, ids.a, "latest.com", seconds(100));
    expect(await top()).toEqual({ domain: "latest.com", searchedAt: seconds(100) });
  });
});
