import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { connectedWorkspace } from "./accounts";
import { seedFeatureData } from "./feature-data";
import { sim } from "./simulator";

/**
 * The fault matrix's rows: each simulator fault and what the user must read. Expected texts are
 * DESIGN.md's error table in the test's own words (matched loosely, so wording can improve).
 */
export const FAULTS = [
  { name: "401", fault: { kind: "status", status: 401 }, status: 409, message: /rejected the key/ },
  {
    name: "402",
    fault: { kind: "status", status: 402 },
    status: 402,
    message: /no API credits left/,
  },
  {
    name: "403",
    fault: { kind: "status", status: 403 },
    status: 402,
    message: /no API credits left/,
  },
  { name: "429", fault: { kind: "status", status: 429 }, status: 429, message: /rate-limiting/ },
  { name: "500", fault: { kind: "status", status: 500 }, status: 502, message: /not answering/ },
  { name: "503", fault: { kind: "status", status: 503 }, status: 502, message: /not answering/ },
  { name: "timeout", fault: { kind: "timeout" }, status: 504, message: /took too long/ },
  {
    name: "malformed JSON",
    fault: { kind: "malformed_json" },
    status: 502,
    message: /could not read/,
  },
  {
    name: "truncated body",
    fault: { kind: "truncated_body" },
    status: 502,
    message: /could not read|not answering/,
  },
  // The e2e server's SERANKING_TIMEOUT_MS is 3000: a 10 s answer is a timeout.
  {
    name: "slow 10 s",
    fault: { kind: "latency", latencyMs: 10_000 },
    status: 504,
    message: /took too long/,
  },
] as const;

export type Fault = (typeof FAULTS)[number];

export interface Cell {
  fault: Fault;
  key: string;
  slug: string;
  admin: APIRequestContext;
  email: string;
  password: string;
  listId: string;
  projectId: string;
}

/**
 * One workspace per fault, each with its own simulator key, so every fault is injected for that
 * key only and all cells of a feature run at the same time. Each workspace already holds data
 * (a cached summary, fetched prospects, a finished keyword check) that a failure must not lose.
 */
export async function prepareCells(baseURL: string): Promise<Cell[]> {
  const run = randomUUID().slice(0, 8);
  return Promise.all(
    FAULTS.map(async (fault, i) => {
      const key = `fault-matrix-${run}-${i}-0123456789abcdef`;
      await sim.setKey(key, 10_000_000);
      const { account, admin } = await connectedWorkspace(baseURL, `fault${i}`, key);
      const summary = await admin.get(
        `/api/tenants/${account.tenantSlug}/backlinks/summary?domain=example.com`,
      );
      if (summary.status() !== 200) throw new Error(`seed summary: ${await summary.text()}`);
      const { listId, projectId } = await seedFeatureData(admin, account.tenantSlug);
      return {
        fault,
        key,
        slug: account.tenantSlug,
        admin,
        email: account.email,
        password: account.password,
        listId,
        projectId,
      };
    }),
  );
}

/** Injects each cell's fault for its own key on one upstream path. */
export async function injectFaults(cells: Cell[], path: string, keyOf = (c: Cell) => c.key) {
  await sim.addFault({ faults: cells.map((c) => ({ ...c.fault.fault, path, key: keyOf(c) })) });
}
