import { expect } from "@playwright/test";

// playwright.config.ts chose the simulator's port (e2e/support/ports.ts) and passed it on.
export const SIM_URL = `http://127.0.0.1:${process.env.E2E_SIM_PORT}`;
export {
  DATA_API_DEMO_KEY,
  DEMO_KEY,
  PROJECT_API_DEMO_KEY,
  PROJECT_ONLY_DEMO_KEY,
} from "../../simulator/keys";

export interface SimLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  authPresent: boolean;
  keyId?: string;
  /** What the answer cost the key (the reference's price list); 0 for errors. */
  credits: number | null;
}

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${SIM_URL}/__sim/${path}`, {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.ok, `simulator ${method} ${path}`).toBe(true);
  return response.json();
}

export const sim = {
  log: async (path?: string): Promise<SimLogEntry[]> =>
    (await control("GET", `log${path ? `?path=${encodeURIComponent(path)}` : ""}`)).entries,
  clearLog: () => control("DELETE", "log"),
  addFault: (fault: Record<string, unknown>) => control("POST", "faults", fault),
  clearFaults: () => control("DELETE", "faults"),
  /** Lets requests held by "hold" faults answer (see simulator/README.md). */
  release: () => control("POST", "release", {}),
  /** How many requests hold faults are holding right now. */
  held: async (): Promise<number> =>
    ((await control("GET", "faults")).faults as { held: number }[]).reduce(
      (sum, f) => sum + f.held,
      0,
    ),
  setDate: (date: string | null) => control("POST", "clock", { date }),
  setKey: (key: string, credits?: number) => control("POST", "keys", { key, credits }),
  reset: () => control("POST", "reset"),
  /** Makes a domain's backlink list `rows` long whatever its summary says (both dialects). */
  setListRows: (domain: string, rows: number) => control("POST", "lists", { domain, rows }),
  clearLists: () => control("DELETE", "lists"),
  setConfig: (config: Record<string, unknown>) => control("POST", "config", config),
  /** Project API rechecks waiting, and "complete them now" (positions appear). */
  pendingRechecks: async (): Promise<number> =>
    (await control("GET", "project-api/rechecks")).pending,
  completeRechecks: () => control("POST", "project-api/rechecks"),
};
