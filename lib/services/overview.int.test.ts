import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { recordBacklinkSearch } from "@/lib/db/queries/backlink-searches";
import { insertRun } from "@/lib/db/queries/keyword-checks";
import { createOwnerAccount } from "@/lib/services/accounts";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { createTestDb } from "@/test/support/test-db";
import { OVERVIEW_ITEMS, workspaceOverview } from "./overview";

let handle: DbHandle;
const tenants: Record<"a" | "b", string> = { a: "", b: "" };

beforeAll(async () => {
  handle = await createTestDb();
  for (const label of ["a", "b"] as const) {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: label,
      email: `overview-${label}@example.test`,
      password: `password-${label}-123`,
      tenantName: `Overview ${label}`,
      tenantSlug: `overview-${label}`,
    });
    tenants[label] = tenant.id;
  }
});
afterAll(() => handle.close());

describe("workspaceOverview", () => {
  it("is empty and not connected for a new workspace", async () => {
    const overview = await workspaceOverview(handle.db, tenants.a);
    expect(overview.integration.state).toBe("not_connected");
    expect(overview.searches).toEqual([]);
    expect(overview.lists).toEqual({ total: 0, items: [] });
    expect(overview.projects).toEqual({ total: 0, items: [] });
  });

  it("lists the workspace's latest work, newest search first, capped per card", async () => {
    const { db } = handle;
    const base = Date.parse("2026-11-01T10:00:00Z");
    const domains = ["one.com", "two.com", "three.com", "four.com", "five.com", "six.com"];
    for (const [i, d] of domains.entries()) {
      await recordBacklinkSearch(db, tenants.a, d, new Date(base + i * 60_000));
    }
    const list = await createList(db, tenants.a, "Guest posts");
    await addDomains(db, tenants.a, list.id, ["alpha.com", "beta.com", "not a domain"]);
    const project = await createProject(db, tenants.a, {
      domain: "example.com",
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: true,
    });
    await addKeywords(db, tenants.a, project.id, { text: "seo tools\nrank tracker", tags: [] });
    const checkedAt = new Date(base);
    await insertRun(db, tenants.a, {
      projectId: project.id,
      trigger: "manual",
      status: "done",
      total: 2,
      done: 2,
      checkedAt,
    });

    const overview = await workspaceOverview(db, tenants.a);
    expect(overview.searches.map((s) => s.domain)).toEqual(
      [...domains].reverse().slice(0, OVERVIEW_ITEMS),
    );
    expect(overview.lists.total).toBe(1);
    expect(overview.lists.items[0]).toMatchObject({ name: "Guest posts", domains: 2, fetched: 0 });
    expect(overview.projects.items).toEqual([
      expect.objectContaining({
        domain: "example.com",
        keywordCount: 2,
        lastRun: { status: "done", checkedAt, failed: 0 },
      }),
    ]);
  });

  it("never shows another workspace's searches, lists or projects", async () => {
    const overview = await workspaceOverview(handle.db, tenants.b);
    expect(overview.searches).toEqual([]);
    expect(overview.lists.total).toBe(0);
    expect(overview.projects.total).toBe(0);
  });
});
