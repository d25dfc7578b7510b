// npm run chaos — several instances on one PostgreSQL, and a worker killed mid-run.
// Run it as `scripts/with-postgres.sh npm run chaos` (CI does). Two web instances (JOBS=off) and
// two workers share the database; a 5,000-domain metrics run and 100 due keyword projects go
// through them; one worker is SIGKILLed while it holds work. Then it checks that everything
// finished, nothing was stored twice, progress never went backwards, and SE Ranking (the
// simulator) never saw more than the key's rate nor answered 429.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { keyringFrom } from "@/lib/crypto/keyring";
import { openDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { dialectById } from "@/lib/seranking/dialects/registry";
import { startSimulator } from "@/simulator/start-simulator";
import { api, signIn } from "./bench/session";
import { type Proc, startWeb, startWorker, stopAll, waitFor } from "./chaos/cluster";
import { countStored, KEYWORDS_PER_PROJECT, seedWorkload } from "./chaos/fixtures";
import { busiestWindow, tooManyRequests } from "./chaos/rate-windows";
import { buildIfNeeded } from "./lib/build";
import { ensureLocalSecrets } from "./lib/secrets";
import { DEMO, seedDemo } from "./lib/seed";

const DOMAINS = 5_000;
const PROJECTS = 100;
const METRICS_PATH = "/research/backlinks/metrics/";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("npm run chaos needs PostgreSQL: scripts/with-postgres.sh npm run chaos");
  process.exit(2);
}
buildIfNeeded();

const checks: { name: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push({ name, ok, detail });
  console.log(`  ${ok ? "✓" : "✗"} ${name}: ${detail}`);
};

const dataDir = path.resolve(".tmp/chaos");
rmSync(dataDir, { recursive: true, force: true });
const secrets = ensureLocalSecrets(dataDir);
const sim = await startSimulator({ port: 0, host: "127.0.0.1" });
const handle = await openDb({ url: databaseUrl, dataDir });
await runMigrations(handle);
const seeded = await seedDemo(handle.db, keyringFrom(secrets.ENCRYPTION_KEY).current);
if (!seeded) throw new Error("the database was not empty");
const { listId } = await seedWorkload(handle.db, seeded.tenantId, {
  domains: DOMAINS,
  projects: PROJECTS,
});
const env = {
  ...secrets,
  DATABASE_URL: databaseUrl,
  DATA_DIR: dataDir,
  SERANKING_BASE_URL: sim.url,
  SERANKING_DATA_API_URL: sim.url,
  SERANKING_PROJECT_API_URL: sim.url,
};

const procs: Proc[] = [];
try {
  // The first metrics request is held, so the first worker is certainly mid-run when killed.
  sim.state.faults.add({ kind: "hold", path: METRICS_PATH, count: 1 });
  const [webA, webB] = await Promise.all([startWeb("web-a", env), startWeb("web-b", env)]);
  procs.push(webA, webB);
  const doomed = startWorker("worker-1", env);
  procs.push(doomed);
  const cookie = await signIn(webA.url, DEMO.admin.email, DEMO.admin.password);
  const runsBase = `/api/tenants/${DEMO.tenantSlug}`;
  const { run } = await api<{ run: { id: string } }>(
    webB.url,
    cookie,
    `${runsBase}/prospect-lists/${listId}/run`,
    { method: "POST", body: { mode: "all" } },
  );
  await waitFor(
    async () => sim.state.faults.list().some((f) => f.held > 0),
    doomed,
    "holding a request",
  );

  const survivor = startWorker("worker-2", env);
  procs.push(survivor);
  doomed.child.kill("SIGKILL");
  await doomed.exited;
  console.log("[chaos] worker-1 killed while its metrics request was held");
  sim.state.faults.release();

  // Progress read from both web instances in turn must never go backwards.
  const seen: number[] = [];
  let status = "running";
  await waitFor(
    async () => {
      const web = seen.length % 2 === 0 ? webA : webB;
      const progress = await api<{ done: number; total: number | null; status: string }>(
        web.url,
        cookie,
        `${runsBase}/runs/prospect-metrics/${run.id}`,
      );
      seen.push(progress.done);
      status = progress.status;
      return progress.status !== "running" && progress.status !== "queued";
    },
    survivor,
    "the metrics run finished",
    600_000,
  );
  const backwards = seen.findIndex((v, i) => i > 0 && v < seen[i - 1]!);
  check(
    "metrics run finished",
    status === "done",
    `status ${status} after ${seen.length} progress reads`,
  );
  check(
    "progress never went backwards",
    backwards === -1,
    backwards === -1
      ? `${seen.length} reads, last ${seen.at(-1)}`
      : `read ${backwards}: ${seen[backwards - 1]} → ${seen[backwards]}`,
  );

  await waitFor(
    async () => (await countStored(handle.db, seeded.tenantId, listId)).checks.length >= PROJECTS,
    survivor,
    "every due keyword project checked",
    600_000,
  );
  const stored = await countStored(handle.db, seeded.tenantId, listId);
  check(
    "each domain's metrics stored once",
    stored.prospects.rows === DOMAINS &&
      stored.prospects.distinct_domains === DOMAINS &&
      stored.prospects.with_metrics === DOMAINS,
    `${stored.prospects.with_metrics} of ${DOMAINS} domains with metrics, ${stored.prospects.rows} rows`,
  );
  const twice = stored.checks.filter(
    (c) => c.runs !== 1 || c.results !== KEYWORDS_PER_PROJECT || c.distinct_results !== c.results,
  );
  check(
    "each due project checked once, each keyword once",
    stored.checks.length === PROJECTS && twice.length === 0,
    `${stored.checks.length} projects checked; ${twice.length} with a run or result stored twice`,
  );

  // Every request that carried a key (the control API carries none).
  const arrivals = sim.state.log.entries().filter((e) => e.keyId !== null);
  const limit = dialectById("provider-v3").rateLimitPerSecond;
  const busiest = Math.max(0, ...busiestWindow(arrivals).values());
  check(
    "SE Ranking never saw more than the key's rate",
    busiest <= limit,
    `busiest second ${busiest} requests (limit ${limit}) over ${arrivals.length} requests from 2 workers`,
  );
  if (busiest > limit || tooManyRequests(arrivals) > 0) {
    // What SE Ranking saw, for whoever reads the failure: every keyed request in arrival order.
    const file = path.join(dataDir, "simulator-log.json");
    writeFileSync(file, JSON.stringify(arrivals, null, 1));
    console.log(`[chaos] the simulator's log is in ${file}`);
  }
  const refused = tooManyRequests(arrivals);
  check("no 429 from SE Ranking", refused === 0, `${refused} answers were 429`);
} catch (error) {
  check("chaos run completed", false, error instanceof Error ? error.message : String(error));
  for (const p of procs) console.error(`--- ${p.name} ---\n${p.tail()}`);
} finally {
  await stopAll(procs);
  await handle.close();
  await sim.close();
}

const failed = checks.filter((c) => !c.ok).length;
// The same closing line as the other suites, so CI's summary counts these checks too.
console.log(`\n  ${checks.length - failed} passed`);
if (failed) console.log(`  ${failed} failed`);
process.exit(failed ? 1 : 0);
