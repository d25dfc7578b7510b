// npm run demo — the whole product on one machine: build if needed, throwaway secrets and
// database in .data/, a seeded demo tenant, the SE Ranking simulator and the app.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { keyringFrom } from "@/lib/crypto/keyring";
import { openDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { DATA_API_DEMO_KEY, DEMO_KEY, PROJECT_API_DEMO_KEY } from "@/simulator/keys";
import { startSimulator } from "@/simulator/start-simulator";
import { buildIfNeeded } from "./lib/build";
import { startMailCatcher } from "./lib/mail-catcher";
import { ensureLocalSecrets } from "./lib/secrets";
import { DEMO, seedDemo } from "./lib/seed";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "data-dir": { type: "string", default: process.env.DATA_DIR ?? ".data" },
    fresh: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "sim-port": { type: "string" },
    // Tests start from empty workspaces; a person trying the demo gets data to look at.
    "no-content": { type: "boolean", default: false },
  },
});

const port = Number(args.port);
const dataDir = path.resolve(args["data-dir"]);
if (args.fresh) rmSync(dataDir, { recursive: true, force: true });
if (!args["no-build"]) buildIfNeeded();

const secrets = ensureLocalSecrets(dataDir);
const databaseUrl = process.env.DATABASE_URL || undefined;

// The SE Ranking simulator plays the paid API; the app is pointed at it unless told otherwise.
// Its port is a free one unless --sim-port fixes it (the URL is printed below either way).
const simPort = args["sim-port"] ? Number(args["sim-port"]) : 0;
const simulator = await startSimulator({ port: simPort, host: "127.0.0.1" });
const serankingBaseUrl = process.env.SERANKING_BASE_URL || simulator.url;
// Both API families are played by the one simulator (the Data API under /v1/).
const dataApiUrl = process.env.SERANKING_DATA_API_URL || simulator.url;
// The Project API (rank tracker, /sites/...) too.
const projectApiUrl = process.env.SERANKING_PROJECT_API_URL || simulator.url;

// A real SMTP receiver on a free port: the app sends invitations, verification and reset links
// over SMTP to it; what it catches is printed here and listed on the demo-only /outbox page.
const outboxFile = path.join(dataDir, "outbox.jsonl");
const mailCatcher = await startMailCatcher({
  file: outboxFile,
  onMail: (mail) =>
    console.log(`[demo mail] to ${mail.to.join(", ")}: ${mail.subject}\n${mail.text}\n`),
});

// Seed before the app starts: PGlite allows one process at a time on its data directory.
const handle = await openDb({ url: databaseUrl, dataDir: path.join(dataDir, "pglite") });
await runMigrations(handle);
const seeded = await seedDemo(handle.db, keyringFrom(secrets.ENCRYPTION_KEY).current);
if (seeded && !args["no-content"]) {
  // The app's services read the server environment: the same one the app gets below.
  Object.assign(process.env, secrets, {
    DATA_DIR: dataDir,
    SERANKING_BASE_URL: serankingBaseUrl,
    SERANKING_DATA_API_URL: dataApiUrl,
    SERANKING_PROJECT_API_URL: projectApiUrl,
  });
  const { seedDemoContent } = await import("./lib/seed-content");
  console.log(
    "[demo] fetching demo content from the simulator (prospects, two weeks of rankings)…",
  );
  await seedDemoContent(handle, simulator, seeded.tenantId, seeded.adminId);
}
await handle.close();

const children: ChildProcess[] = [];
const serverLog = createWriteStream(path.join(dataDir, "server.log"), { flags: "a" });
const app = spawn(
  process.execPath,
  // Idle keep-alive sockets stay open for a minute (Node's default is 5 s): a client that reuses
  // one just as the server closes it gets ECONNRESET, which the e2e suite met on a busy machine.
  [
    "node_modules/next/dist/bin/next",
    "start",
    "-H",
    "127.0.0.1",
    "-p",
    String(port),
    "--keepAliveTimeout",
    "65000",
  ],
  {
    env: {
      ...process.env,
      ...secrets,
      DATA_DIR: dataDir,
      NODE_ENV: "production",
      SERANKING_BASE_URL: serankingBaseUrl,
      SERANKING_DATA_API_URL: dataApiUrl,
      SERANKING_PROJECT_API_URL: projectApiUrl,
      SMTP_URL: process.env.SMTP_URL || mailCatcher.url,
      MAIL_FROM: process.env.MAIL_FROM || "SE Ranking Dashboard <no-reply@demo.test>",
      APP_URL: process.env.APP_URL || `http://localhost:${port}`,
      DEMO_OUTBOX_FILE: outboxFile,
      // The demo's webhook receivers are on this machine; a deployment keeps the default (refuse).
      ALERT_WEBHOOK_PRIVATE_HOSTS: process.env.ALERT_WEBHOOK_PRIVATE_HOSTS || "allow",
      // Next would exit at once on SIGTERM; the app's own handler (lib/jobs/app-engine.ts) lets
      // running jobs finish or hands them back first, then exits.
      NEXT_MANUAL_SIG_HANDLE: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  },
);
children.push(app);
for (const stream of [app.stdout, app.stderr]) {
  stream?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    serverLog.write(chunk);
  });
}

let stopping = false;
/** Stops the app first (it drains its jobs, which may still call the simulator), then the rest. */
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const exited = children.map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  );
  Promise.allSettled(exited)
    .then(() => Promise.allSettled([simulator.close(), mailCatcher.close()]))
    .finally(() => process.exit(code));
}
process.on("SIGINT", () => stop());
process.on("SIGTERM", () => stop());
app.on("exit", (code) => {
  console.error(`[demo] the app exited (${code ?? "signal"})`);
  stop(code ?? 1);
});

// Browse at localhost, not 127.0.0.1: Auth.js redirects to localhost and a cookie set on
// one host is not sent to the other.
const url = `http://localhost:${port}`;
await waitForHealth(`${url}/api/health`);
console.log(`
  SE Ranking Dashboard is running at ${url}
  Admin:    ${DEMO.admin.email} / ${DEMO.admin.password}
  Marketer: ${DEMO.marketer.email} / ${DEMO.marketer.password}
  Outbox:   ${url}/outbox (mail caught by the demo's SMTP receiver, ${mailCatcher.url})
  SE Ranking simulator: ${simulator.url}
    API key ${DEMO_KEY} (already connected to ${DEMO.tenantName})
    Data API key ${DATA_API_DEMO_KEY} (the seranking.com kind: shows Domain/Page Trust)
    Data + Project API key ${PROJECT_API_DEMO_KEY} (also tracks keywords daily with SE Ranking's rank tracker)
  Data:     ${dataDir}${databaseUrl ? " (secrets only; database at DATABASE_URL)" : ""}
  Stop with Ctrl+C.
`);

async function waitForHealth(healthUrl: string) {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(healthUrl)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error("[demo] the app did not become healthy within 60 s");
  stop(1);
}
