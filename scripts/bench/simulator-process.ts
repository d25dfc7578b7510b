// The simulator in a process of its own, as SE Ranking is: a bench whose client and simulator
// share one event loop stamps arrivals late whenever the client's own work blocks the loop, and
// then measures that coupling instead of the client. Read through the simulator's control API.
import { spawn } from "node:child_process";
import { freePort, waitFor } from "../chaos/cluster";

export interface SimulatorProcess {
  url: string;
  /** Requests the simulator logged whose path starts with `path` (only those it answered `status`, if given). */
  calls(path: string, status?: number): Promise<number>;
  clearLog(): Promise<void>;
  close(): Promise<void>;
}

export async function startSimulatorProcess(options: {
  latencyMs: number;
  rateLimit: number;
}): Promise<SimulatorProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "simulator/main.ts",
      "--port",
      String(port),
      "--latency",
      String(options.latencyMs),
      "--rate-limit",
      String(options.rateLimit),
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => (await fetch(`${url}/__sim/health`).catch(() => null))?.ok === true,
    { name: "simulator", child, tail: () => stderr, exited },
    "healthy",
  );
  const control = (path: string, init?: RequestInit) =>
    fetch(`${url}/__sim/${path}`, init).then(async (res) => {
      if (!res.ok) throw new Error(`simulator control ${path}: HTTP ${res.status}`);
      return res.json() as Promise<Record<string, unknown>>;
    });
  return {
    url,
    calls: async (path, status) =>
      (
        (await control(`log?path=${encodeURIComponent(path)}`)).entries as {
          status: number | null;
        }[]
      ).filter((entry) => status === undefined || entry.status === status).length,
    clearLog: async () => {
      await control("log", { method: "DELETE" });
    },
    close: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
