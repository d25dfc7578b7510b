// Demo content for the seeded workspace, fetched through the app's own services from the
// simulator, so a first look at `npm run demo` shows real pages rather than empty states.
import type { DbHandle } from "@/lib/db/client";
import { findSnapshot } from "@/lib/db/queries/backlink-monitoring";
import { findRun as findKeywordRun } from "@/lib/db/queries/keyword-checks";
import { findRun } from "@/lib/db/queries/prospect-runs";
import { startEngine } from "@/lib/jobs/engine";
import { waitFor } from "@/lib/jobs/engine-test-kit";
import { handlers } from "@/lib/jobs/handlers";
import { backlinksSummary } from "@/lib/services/backlinks/backlinks-service";
import { startManualCheck } from "@/lib/services/keywords/check-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { addMonitor } from "@/lib/services/monitoring/monitor-service";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { reverifyKey } from "@/lib/services/seranking/integration-service";
import { addKeywordsSchema, createProjectSchema } from "@/lib/validations/keywords";
import type { RunningSimulator } from "@/simulator/start-simulator";

const PROSPECTS = [
  "example.com",
  "authority-example.com",
  "spammy-example.com",
  "small-example.com",
  "empty-example.com",
  "techradar-example.com",
  "gardening-weekly.com",
  "seo-digest.net",
  "marketing-insider.org",
  "dev-notes.io",
  "travel-journal.co.uk",
  "budget-tips.com",
  "linkfarm-directory.biz",
  "local-news-today.com",
  "startup-review.io",
  "cheap-links-4u.net",
];

const KEYWORDS = [
  "backlink checker",
  "seo audit tool",
  "rank tracker",
  "keyword research tool",
  "domain authority checker",
  "link building services",
  "seo software",
  "unranked widget",
];

const DAY_MS = 86_400_000;

export async function seedDemoContent(
  handle: DbHandle,
  sim: RunningSimulator,
  tenantId: string,
  adminId: string,
) {
  // The app's own job engine does the fetching, as it will in the server started next.
  const engine = await startEngine({ handle, work: true, handlers });
  try {
    await seedWith(handle.db, sim, tenantId, adminId);
  } finally {
    await engine.stop({ graceMs: 1000 });
  }
}

async function seedWith(
  db: DbHandle["db"],
  sim: RunningSimulator,
  tenantId: string,
  adminId: string,
) {
  // The seed stores the key without asking SE Ranking; re-verifying it through the app finds
  // out which APIs it can use, so Settings shows that instead of "not checked yet".
  await reverifyKey(db, { tenantId, actorUserId: adminId });
  const list = await createList(db, tenantId, "Guest post prospects");
  await addDomains(db, tenantId, list.id, PROSPECTS);
  const { run } = await startMetricsRun(db, tenantId, list.id, {
    mode: "all",
    startedBy: adminId,
  });
  await waitFor(
    "the demo metrics fetch",
    async () => (await findRun(db, tenantId, run.id))?.status !== "running",
    { timeoutMs: 120_000 },
  );

  const project = await createProject(
    db,
    tenantId,
    createProjectSchema.parse({ domain: "example.com", searchEngine: "google" }),
  );
  await addKeywords(
    db,
    tenantId,
    project.id,
    addKeywordsSchema.parse({ text: KEYWORDS.join("\n"), tags: ["core"] }),
  );
  // Two weeks of daily history: the simulator's clock walks forward one day per check.
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  for (let daysAgo = 13; daysAgo >= 0; daysAgo--) {
    const day = new Date(today - daysAgo * DAY_MS);
    sim.state.clock.set(day.toISOString().slice(0, 10));
    const { run: check } = await startManualCheck(
      db,
      tenantId,
      project.id,
      new Date(day.getTime() + 9 * 3_600_000),
    );
    // The simulator's clock stays on this day until the job has stored the day's positions.
    await waitFor(
      "the demo keyword check",
      async () => (await findKeywordRun(db, tenantId, project.id, check.id))?.status !== "running",
      { timeoutMs: 60_000 },
    );
  }
  sim.state.clock.set(null);

  // A few researched domains, so Backlinks and the overview open on recent searches.
  for (const domain of ["authority-example.com", "techradar-example.com", "example.com"]) {
    await backlinksSummary(db, tenantId, domain);
  }

  // One monitored domain with its first snapshot (the simulator's unpinned clock serves the
  // base profile, so new and lost appear once its clock is moved past 2026-11-01).
  const { snapshot } = await addMonitor(db, tenantId, { domain: "example.com", intervalDays: 7 });
  await waitFor(
    "the demo backlink snapshot",
    async () => (await findSnapshot(db, tenantId, snapshot.id))?.status !== "running",
    { timeoutMs: 120_000 },
  );
}
