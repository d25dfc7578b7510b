// Test-only setup for keyword tracking: a simulator, the env the tenant client reads, and
// tenants with the demo key connected. Not imported by app code.
import { randomBytes } from "node:crypto";
import { encrypt } from "@/lib/crypto/envelope";
import type { Db, DbHandle } from "@/lib/db/client";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { findRun } from "@/lib/db/queries/keyword-checks";
import { startEngine } from "@/lib/jobs/engine";
import { waitFor } from "@/lib/jobs/engine-test-kit";
import { handlers } from "@/lib/jobs/handlers";
import { createOwnerAccount } from "@/lib/services/accounts";
import { runKeywordCheckJob } from "@/lib/services/keywords/check-job";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";

/** Starts the simulator and points the (lazily parsed, then cached) server env at it. */
export async function startKeywordSimulator(date: string): Promise<RunningSimulator> {
  const sim = await startSimulator({ port: 0, rateLimit: 0, date });
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.SERANKING_BASE_URL = sim.url;
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.SERANKING_PROJECT_API_URL = sim.url;
  return sim;
}

/** A new workspace whose SE Ranking key is `key`, stored as Save stores it with `metadata`. */
export async function tenantWithKey(
  db: Db,
  label: string,
  key: string,
  metadata: Parameters<typeof upsertIntegration>[2]["metadata"],
) {
  const id = randomBytes(4).toString("hex");
  const { tenant, userId } = await createOwnerAccount(db, {
    name: label,
    email: `${label}-${id}@example.test`,
    password: `password-${id}-123`,
    tenantName: label,
    tenantSlug: `${label}-${id}`,
  });
  await upsertIntegration(db, tenant.id, {
    apiKey: encrypt(key, serverKeyring().current),
    metadata,
  });
  return { tenantId: tenant.id, userId };
}

/** A tenant with `key` (the demo key unless told) connected in the provider-v3 dialect. */
export function connectedTenant(db: Db, label: string, key: string = DEMO_KEY) {
  return tenantWithKey(db, label, key, {
    dialect: "provider-v3",
    last4: key.slice(-4),
    status: "connected",
  });
}

/** 10:00 UTC on a YYYY-MM-DD day, plus `hours`. */
export const at = (day: string, hours = 0) =>
  new Date(Date.parse(`${day}T10:00:00Z`) + hours * 3_600_000);

/**
 * Runs a check's job here and now, as a worker would: tests that steer the simulator between
 * steps (faults, its clock) drive the job themselves instead of waiting for a worker.
 */
export function runCheckJob(db: Db, run: { tenantId: string; projectId: string; id: string }) {
  return runKeywordCheckJob(
    { tenantId: run.tenantId, projectId: run.projectId, runId: run.id },
    { db, jobId: "test", signal: new AbortController().signal, retryCount: 0 },
  );
}

/** An engine that only enqueues (JOBS=off): the test runs the jobs with runCheckJob. */
export function enqueueOnlyEngine(handle: DbHandle) {
  return startEngine({ handle, work: false, handlers });
}

/** Waits (with a deadline) until a worker has ended the run. */
export function settledCheck(db: Db, run: { tenantId: string; projectId: string; id: string }) {
  return waitFor("the keyword check to end", async () => {
    const row = await findRun(db, run.tenantId, run.projectId, run.id);
    return row && row.status !== "running" ? row : null;
  });
}
