// npm run load [-- --users 50 --seconds 60] — concurrent signed-in users over mixed pages and API
// routes on loopback; fails unless there were zero errors and every written row is there once.
import { parseArgs } from "node:util";
import { configureSimulator, startAppServer } from "./bench/app-server";
import { api } from "./bench/session";
import { DEMO } from "./lib/seed";
import { setUpLoad } from "./load/setup";
import { runVirtualUser, type Sample } from "./load/virtual-user";

const { values } = parseArgs({
  options: { users: { type: "string", default: "50" }, seconds: { type: "string", default: "60" } },
});
const users = Number(values.users);
const seconds = Number(values.seconds);
if (!(users >= 1 && users <= 200 && seconds >= 1 && seconds <= 600)) {
  console.error("--users must be 1–200 and --seconds 1–600");
  process.exit(2);
}

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

function summarise(samples: Sample[]) {
  const byName = new Map<string, number[]>();
  for (const s of samples) byName.set(s.name, [...(byName.get(s.name) ?? []), s.ms]);
  const rows = [...byName].map(([name, ms]) => {
    ms.sort((x, y) => x - y);
    return {
      request: name,
      count: ms.length,
      p50Ms: percentile(ms, 50),
      p99Ms: percentile(ms, 99),
    };
  });
  const all = samples.map((s) => s.ms).sort((x, y) => x - y);
  rows.push({
    request: "ALL",
    count: all.length,
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
  });
  return rows;
}

const server = await startAppServer("load");
let ok = false;
try {
  await configureSimulator(server.simUrl, { rateLimit: 0 });
  console.log(`Signing in ${users} users…`);
  // startAppServer("load") runs the demo in .tmp/load: its SMTP receiver writes the outbox there.
  const fixtures = await setUpLoad(server.url, users, ".tmp/load/outbox.jsonl");
  // A list holds 10,000 domains and a project 2,000 keywords: each user gets an equal share.
  const limits = { domains: Math.floor(10_000 / users), keywords: Math.floor(2_000 / users) };
  console.log(`${users} users for ${seconds} s against ${server.url}…`);
  const deadline = Date.now() + seconds * 1000;
  const outcomes = await Promise.all(
    fixtures.users.map((_, i) => runVirtualUser(server.url, fixtures, i, deadline, limits)),
  );
  // The floor, right after on the same server and machine: the same users and mix, each page
  // step a bare page in the dashboard layout and each API step a bare route handler.
  console.log(`Floor: the same ${users} users for ${seconds} s on the bench-only bare routes…`);
  const floorDeadline = Date.now() + seconds * 1000;
  const floorOutcomes = await Promise.all(
    fixtures.users.map((_, i) =>
      runVirtualUser(server.url, fixtures, i, floorDeadline, limits, true),
    ),
  );
  const floorSamples = floorOutcomes.flatMap((o) => o.samples);

  const samples = outcomes.flatMap((o) => o.samples);
  const failures = [...outcomes, ...floorOutcomes].flatMap((o) => o.failures);
  const domainsSent = outcomes.reduce((n, o) => n + o.domainsSent, 0);
  const keywordsSent = outcomes.reduce((n, o) => n + o.keywordsSent, 0);
  const base = `/api/tenants/${DEMO.tenantSlug}`;
  const admin = fixtures.users[0]!.cookie;
  const detail = await api<{ prospects: { domain: string }[] }>(
    server.url,
    admin,
    `${base}/prospect-lists/${fixtures.listId}`,
  );
  const { projects } = await api<{ projects: { id: string; keywordCount: number }[] }>(
    server.url,
    admin,
    `${base}/keywords/projects`,
  );
  const storedDomains = detail.prospects.length;
  const distinctDomains = new Set(detail.prospects.map((p) => p.domain)).size;
  const storedKeywords = projects.find((p) => p.id === fixtures.projectId)?.keywordCount ?? -1;

  console.log(
    `\nLoad: ${users} users × ${seconds} s — ${Math.round(samples.length / seconds)} requests/s`,
  );
  console.table(summarise(samples));
  const ours = samples.length / seconds;
  const floorRate = floorSamples.length / seconds;
  console.log(
    `Floor (same mix on bare routes): ${Math.round(floorRate)} requests/s; ours ${Math.round(ours)} = ×${(ours / floorRate).toFixed(2)} of the floor`,
  );
  console.table(summarise(floorSamples));
  console.table([
    {
      rows: "prospect domains",
      sent: domainsSent,
      stored: storedDomains,
      distinct: distinctDomains,
    },
    {
      rows: "tracked keywords",
      sent: keywordsSent,
      stored: storedKeywords,
      distinct: storedKeywords,
    },
  ]);
  console.log(`Errors: ${failures.length}`);
  for (const f of [...new Set(failures)].slice(0, 20)) console.log(`  ${f}`);
  ok =
    failures.length === 0 &&
    storedDomains === domainsSent &&
    distinctDomains === domainsSent &&
    storedKeywords === keywordsSent;
  console.log(ok ? "PASS: zero errors, no lost or duplicated rows" : "FAIL");
} finally {
  await server.stop();
}
process.exit(ok ? 0 : 1);
