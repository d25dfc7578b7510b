// The processes of a deployment on one PostgreSQL: web instances that run no jobs (JOBS=off) and
// workers that run them all. Each is a real child process that can be SIGKILLed.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export interface Proc {
  name: string;
  child: ChildProcess;
  /** The last lines it printed, for the report when something goes wrong. */
  tail: () => string;
  exited: Promise<number | null>;
}

function start(name: string, args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-6000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { name, child, tail: () => out, exited };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A `next start` that only serves requests: its jobs go to the workers. */
export async function startWeb(name: string, env: Record<string, string>) {
  const port = await freePort();
  const proc = start(
    name,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      ...env,
      JOBS: "off",
      NODE_ENV: "production",
      APP_URL: `http://localhost:${port}`,
      // SIGTERM goes to the app's handler (drain, then exit), as in the demo.
      NEXT_MANUAL_SIG_HANDLE: "true",
    },
  );
  const url = `http://localhost:${port}`;
  await waitFor(
    async () => (await fetch(`${url}/api/health`).catch(() => null))?.ok === true,
    proc,
    "healthy",
  );
  return { ...proc, url };
}

/** `npm run worker`, started the way npm would (same Node, same flags). */
export function startWorker(name: string, env: Record<string, string>): Proc {
  return start(
    name,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/worker.ts"],
    { ...env, NODE_ENV: "production" },
  );
}

export async function stopAll(procs: Proc[]) {
  for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGTERM");
  await Promise.race([
    Promise.all(procs.map((p) => p.exited)),
    new Promise((r) => setTimeout(r, 15_000)),
  ]);
  for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
}

/** Polls until `ready` holds; fails at once (with the process's output) if it exits first. */
export async function waitFor(
  ready: () => Promise<boolean>,
  proc: Proc | null,
  what: string,
  timeoutMs = 180_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (proc && proc.child.exitCode !== null) {
      throw new Error(`${proc.name} exited before ${what}:\n${proc.tail()}`);
    }
    if (Date.now() > deadline) throw new Error(`not ${what} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
