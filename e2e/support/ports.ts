// The e2e server's and simulator's ports. playwright.config.ts is evaluated in the runner and
// again in every worker, so the ports are chosen once (free ones, unless E2E_PORT is set) and
// passed on through the environment the workers inherit.
import { spawnSync } from "node:child_process";

// Synchronous because the config is: a child process asks the OS for two free ports at once.
function freePorts(): [number, number] {
  const script = `
    const net = require("node:net");
    const a = net.createServer().listen(0, "127.0.0.1", () => {
      const b = net.createServer().listen(0, "127.0.0.1", () => {
        console.log(a.address().port + " " + b.address().port);
        a.close(); b.close();
      });
    });`;
  const out = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout.trim();
  const [app, sim] = out.split(" ").map(Number);
  if (!app || !sim) throw new Error(`could not find free ports for the e2e server (got "${out}")`);
  return [app, sim];
}

export function e2ePorts(): { app: number; sim: number } {
  if (!process.env.E2E_PORT) {
    const [app, sim] = freePorts();
    process.env.E2E_PORT = String(app);
    process.env.E2E_SIM_PORT = String(sim);
  }
  const app = Number(process.env.E2E_PORT);
  // A fixed E2E_PORT keeps the documented simulator port beside it.
  process.env.E2E_SIM_PORT ??= String(app + 1010);
  return { app, sim: Number(process.env.E2E_SIM_PORT) };
}
