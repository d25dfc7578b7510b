// Starts the whole product (scripts/demo.ts: seeded demo tenant, simulator, `next start`) on a
// spare port with a fresh data directory, for the bench and the load test; stops it afterwards.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { buildIfNeeded } from "../lib/build";

export interface AppServer {
  /** http://localhost:PORT — Auth.js redirects to localhost, so cookies follow that host. */
  url: string;
  simUrl: string;
  stop: () => Promise<void>;
}

/** A free loopback port whose +1010 neighbour (the simulator's) is free too. */
async function sparePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    if (port + 1010 < 65_535 && (await isFree(port + 1010))) return port;
  }
  throw new Error("no spare port pair found");
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

export async function startAppServer(
  label: string,
  env: Record<string, string> = {},
  /** content: the demo's prospects and keyword rankings, for pages measured as a user sees them. */
  { content = false }: { content?: boolean } = {},
) {
  buildIfNeeded();
  // BENCH_PORT fixes the app's port (the simulator takes BENCH_PORT + 1010) on a shared machine.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await sparePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      // As `npm run demo` runs it: the seeding imports server modules ("server-only").
      "--conditions=react-server",
      "scripts/demo.ts",
      "--port",
      String(port),
      "--data-dir",
      `.tmp/${label}`,
      "--fresh",
      "--no-build",
      // The demo's simulator port is a free one unless given: keep it beside the app's.
      "--sim-port",
      String(port + 1010),
      // Measured runs start from an empty workspace, like the tests, unless asked for content.
      ...(content ? [] : ["--no-content"]),
    ],
    // An empty workspace has no keyword project, so the job engine's schedule finds nothing due
    // (the demo content's project is checked daily; a run lasts minutes, not a day).
    {
      // BENCH_FLOOR turns on the bench-only floor routes (lib/bench-floor.ts).
      env: { ...process.env, BENCH_FLOOR: "on", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `http://localhost:${port}`;
  const started = Date.now();
  while (
    !(await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() - started > 120_000) {
      child.kill("SIGTERM");
      throw new Error(`the app did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const server: AppServer = {
    url,
    simUrl: `http://127.0.0.1:${port + 1010}`,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  return server;
}

/** Changes the running simulator's config (latency, rate limit) through its control API. */
export async function configureSimulator(simUrl: string, config: Record<string, number>) {
  const response = await fetch(`${simUrl}/__sim/config`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(config),
  });
  if (!response.ok) throw new Error(`simulator config: ${response.status}`);
}
