// A history import is all or nothing and idempotent, and a project's export read into another
// project gives the same history back.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { insertChecks, insertRun } from "@/lib/db/queries/keyword-checks";
import { listKeywords } from "@/lib/db/queries/keyword-projects";
import { type KeywordProject, keywordChecks } from "@/lib/db/schema";
import { TRACKED_DAILY } from "@/lib/seranking/types";
import { historyCsvStream } from "@/lib/services/keywords/history-io/export-csv";
import { importHistory } from "@/lib/services/keywords/history-io/import-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { at, connectedTenant, startKeywordSimulator } from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
let sim: RunningSimulator;
let tenantId: string;
const NOW = new Date("2026-06-01T12:00:00Z");
const bytes = (text: string) => new TextEncoder().encode(text);

async function project(domain: string) {
  return createProject(handle.db, tenantId, {
    domain,
    searchEngine: "google",
    location: "United States",
    scheduleEnabled: false,
  });
}

async function exportText(p: KeywordProject, pageSize = 3) {
  const positions = { label: TRACKED_DAILY.label, kind: TRACKED_DAILY.kind };
  const stream = historyCsvStream(handle.db, tenantId, p, positions, pageSize);
  return new Response(stream).text();
}

async function countRows(projectId: string) {
  const [row] = await handle.db
    .select({ n: count() })
    .from(keywordChecks)
    .where(eq(keywordChecks.projectId, projectId));
  return row!.n;
}

beforeAll(async () => {
  sim = await startKeywordSimulator("2026-05-01");
  handle = await createTestDb();
  tenantId = (await connectedTenant(handle.db, "historyio")).tenantId;
  // Migrating a fresh PGlite takes most of a minute when the machine is busy.
}, 180_000);
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

describe("history import", () => {
  it("stores nothing when any row is wrong, and lists every problem with its row", async () => {
    const p = await project("allornothing.example");
    const file =
      "Keyword,Date,Position\nalpha,2026-05-01,3\nbeta,2026-05-01,abc\ngamma,2099-01-01,4\n";
    const view = await importHistory(handle.db, tenantId, p.id, bytes(file), {
      mapping: null,
      dryRun: false,
      now: NOW,
    });
    expect(view.ok).toBe(false);
    expect(view.problems.map((x) => x.row)).toEqual([3, 4]);
    expect(await countRows(p.id)).toBe(0);
    // Not even the keywords of the good rows were added.
    expect(await listKeywords(handle.db, tenantId, p.id)).toEqual([]);
  });

  it("adds untracked keywords, and importing the same file again adds nothing", async () => {
    const p = await project("idempotent.example");
    await addKeywords(handle.db, tenantId, p.id, { text: "alpha", tags: [] });
    const file = [
      "Keyword,Date,Position,URL,Volume",
      "Alpha,2026-05-01,3,https://idempotent.example/a,1000",
      "beta,2026-05-01,-,,",
      "beta,2026-05-02,12,https://idempotent.example/b,",
    ].join("\n");
    const options = { mapping: null, dryRun: false, now: NOW };
    const preview = await importHistory(handle.db, tenantId, p.id, bytes(file), {
      ...options,
      dryRun: true,
    });
    expect(preview.summary).toEqual({ rows: 3, added: 3, alreadyStored: 0, newKeywords: ["beta"] });
    expect(await countRows(p.id)).toBe(0);

    const first = await importHistory(handle.db, tenantId, p.id, bytes(file), options);
    expect(first.summary).toEqual({ rows: 3, added: 3, alreadyStored: 0, newKeywords: ["beta"] });
    const again = await importHistory(handle.db, tenantId, p.id, bytes(file), options);
    expect(again.summary).toEqual({ rows: 3, added: 0, alreadyStored: 3, newKeywords: [] });
    expect(await countRows(p.id)).toBe(3);
    expect((await listKeywords(handle.db, tenantId, p.id)).map((k) => k.keyword).sort()).toEqual([
      "alpha",
      "beta",
    ]);
  });

  it("an export read into a new project exports the same CSV", async () => {
    const source = await project("roundtrip.example");
    const added = await addKeywords(handle.db, tenantId, source.id, {
      text: 'seo audit\n=HYPERLINK("x")\nrank tracker',
      tags: [],
    });
    const [a, b, c] = added.added.map((k) => k.id);
    // Two checks, several keywords at each instant (the export pages through ties), one failed.
    for (const [day, rows] of [
      [
        "2026-05-01",
        [
          [a, 3, "ok"],
          [b, null, "ok"],
          [c, 40, "ok"],
        ],
      ],
      [
        "2026-05-02",
        [
          [a, 2, "ok"],
          [b, 100, "ok"],
          [c, null, "failed"],
        ],
      ],
    ] as const) {
      const run = await insertRun(handle.db, tenantId, {
        projectId: source.id,
        trigger: "manual",
        status: "done",
        checkedAt: at(day),
      });
      await insertChecks(
        handle.db,
        tenantId,
        rows.map(([keywordId, position, status]) => ({
          projectId: source.id,
          keywordId: keywordId!,
          runId: run.id,
          position,
          url: position ? `https://roundtrip.example/${position}` : null,
          volume: 500,
          status,
          error: status === "failed" ? "Upstream answered 503" : null,
          checkedAt: at(day),
        })),
      );
    }
    const exported = await exportText(source);
    expect(exported.trim().split("\r\n")).toHaveLength(7);
    expect(exported).toContain(`"'=HYPERLINK(""x"")"`);

    const target = await project("roundtrip-copy.example");
    const view = await importHistory(handle.db, tenantId, target.id, bytes(exported), {
      mapping: null,
      dryRun: false,
      now: NOW,
    });
    expect(view.problems).toEqual([]);
    expect(view.summary).toMatchObject({ rows: 6, added: 6, alreadyStored: 0 });
    expect(await exportText(target, 4)).toBe(exported);
    // Read back into its own project, the export adds nothing: those checks are stored.
    const back = await importHistory(handle.db, tenantId, source.id, bytes(exported), {
      mapping: null,
      dryRun: false,
      now: NOW,
    });
    expect(back.summary).toMatchObject({ added: 0, alreadyStored: 6, newKeywords: [] });
  });
});
