// Every fault the simulator can inject × every client method, for real over HTTP: the error kind
// the client reports, and how many requests it spent (counted in the simulator's log) — no retry
// for fatal answers, bounded retries for transient ones, success once a transient fault is spent.

import { describe, expect, it } from "vitest";
import { clientFor, failure, logged, TEST_KEY } from "./client-against-simulator-helpers";
import { type Case, OPS, type Op, PERSISTENT, TRANSIENT } from "./client-fault-cases";
import { fastClientOf, keysNeverLeak, setupFaultSim, timeoutFor } from "./client-fault-setup";

const sim = setupFaultSim();
const fastClient = fastClientOf(sim);

async function runCase(op: Op, c: Case): Promise<void> {
  sim().state.faults.add({ ...c.fault, path: op.path });
  const client = fastClient(TEST_KEY, timeoutFor(c.fault));
  if (c.outcome === "ok") {
    await expect(op.run(client)).resolves.toEqual(op.expected());
  } else {
    const error = await failure(op.run(client));
    expect(error.kind).toBe(c.outcome);
    if (c.fault.kind === "status") expect(error.status).toBe(c.fault.status);
  }
  const entries = logged(sim(), op.path);
  expect(entries).toHaveLength(c.requests);
  expect(logged(sim())).toHaveLength(c.requests); // nothing sent anywhere else
}

describe.each(OPS)("$name", (op) => {
  it.each(PERSISTENT)("persistent $name", async (c) => {
    await runCase(op, c);
  });
  it.each(TRANSIENT)("one-shot $name", async (c) => {
    await runCase(op, c);
    if (c.outcome === "ok") {
      const statuses = logged(sim(), op.path).map((e) => e.status);
      expect(statuses.at(-1)).toBe(200);
    }
  });
});

describe("status faults: details the client keeps", () => {
  it("401 → invalid_key with the upstream envelope and no Retry-After", async () => {
    sim().state.faults.add({ kind: "status", status: 401 });
    const error = await failure(fastClient().getBacklinksSummary("example.com"));
    expect(error).toMatchObject({ kind: "invalid_key", status: 401, retryAfterMs: undefined });
    expect(error.upstream?.code).toBe(401);
    expect(error.upstream?.description).toMatch(/invalid or has been revoked/);
    expect(logged(sim()).map((e) => e.fault)).toEqual(["status:401"]);
  });

  it("403 → out_of_credits carrying 'Insufficient funds'", async () => {
    sim().state.faults.add({ kind: "status", status: 403 });
    const error = await failure(fastClient().getBacklinksSummary("example.com"));
    expect(error.kind).toBe("out_of_credits");
    expect(error.upstream?.message).toBe("Insufficient funds");
  });

  it("persistent 5xx: attempts are bounded by the retry policy", async () => {
    sim().state.faults.add({ kind: "status", status: 503 });
    for (const retries of [0, 1, 4]) {
      sim().state.log.clear();
      const client = clientFor(sim(), { retry: { retries, baseDelayMs: 1, maxDelayMs: 5 } });
      const error = await failure(client.getBacklinksSummary("example.com"));
      expect(error.kind).toBe("upstream_unavailable");
      expect(logged(sim())).toHaveLength(retries + 1);
    }
  });
});

keysNeverLeak(sim, 50);
