// Shared by the client-against-simulator fault tests: the keys with limits of their own, the
// simulator set up with them, clients with short timeouts, and the check every file ends with
// that no key leaked into a log or an error.
import { describe, expect, it } from "vitest";
import {
  ATTEMPTS,
  clientFor,
  errorTexts,
  expectNoKey,
  failure,
  logged,
  logOverHttp,
  seenErrors,
  setupSim,
  TEST_KEY,
} from "./client-against-simulator-helpers";
import type { FaultInput } from "./faults";
import { keyIdFor } from "./keys";

/** Accepts 2 requests per rolling second (the simulator's own limiter, not a fault). */
export const RATE_KEY = "sk-CLIENTSIM-rate-2-per-second-7c1d";
/** Accepts 4 per second: a client paced at 2/s never hits it. */
export const PACED_KEY = "sk-CLIENTSIM-rate-4-per-second-9a2b";
/** Credits set per test; out of credits → the global 402. */
export const POOR_KEY = "sk-CLIENTSIM-poor-402-5e6f7a8b9c0d";
/** No credits, answers 403 "Insufficient funds". */
export const BROKE_403_KEY = "sk-CLIENTSIM-broke-403-1a2b3c4d5e";
export const ALL_KEYS = [TEST_KEY, RATE_KEY, PACED_KEY, POOR_KEY, BROKE_403_KEY];

/** Call once at the top of a test file: the simulator with every key above, per file. */
export const setupFaultSim = () =>
  setupSim({
    extraKeys: [
      { key: RATE_KEY, rateLimit: 2 },
      { key: PACED_KEY, rateLimit: 4 },
      { key: POOR_KEY, credits: 0 },
      { key: BROKE_403_KEY, credits: 0, outOfCreditsStatus: 403 },
    ],
  });

/** Per attempt, for calls a hung request must trip: short, so the file stays quick. */
export const TIMEOUT_MS = 300;
/** Per attempt, for calls that must NOT time out (latency faults, calls with many requests). */
export const SAFE_TIMEOUT_MS = 3_000;
/** Per attempt, for latency faults of ~100 ms: well above them, still a real bound. */
export const LATENCY_TIMEOUT_MS = 600;

type Sim = ReturnType<typeof setupFaultSim>;

/** A client of the file's simulator with a per-attempt timeout that keeps failures quick. */
export const fastClientOf =
  (sim: Sim) =>
  (key = TEST_KEY, timeoutMs = SAFE_TIMEOUT_MS) =>
    clientFor(sim(), { apiKey: key, timeoutMs });

export function timeoutFor(fault: FaultInput): number {
  if (fault.kind === "timeout" && fault.afterMs === undefined) return TIMEOUT_MS;
  if (fault.kind === "timeout" || fault.kind === "latency") return LATENCY_TIMEOUT_MS;
  return SAFE_TIMEOUT_MS;
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** The file's last describe: `minErrors` is how many failures the file's tests provoke at least. */
export function keysNeverLeak(sim: Sim, minErrors: number) {
  const fastClient = fastClientOf(sim);
  describe("the keys never leak (runs last)", () => {
    it("no log entry holds a key, and none was sent outside the Authorization header", async () => {
      // Fresh failing traffic for every key: the log is wiped before each test.
      for (const key of ALL_KEYS) {
        sim().state.faults.add({ kind: "status", status: 500, key });
        await failure(fastClient(key).getBacklinksSummary("example.com"));
      }
      const entries = logged(sim());
      expect(entries).toHaveLength(ALL_KEYS.length * ATTEMPTS);
      expect(new Set(entries.map((e) => e.keyId))).toEqual(new Set(ALL_KEYS.map(keyIdFor)));
      for (const entry of entries) expect(entry.redacted).toBe(false);
      const texts = [JSON.stringify(entries), await logOverHttp(sim())];
      for (const key of ALL_KEYS) for (const text of texts) expect(text).not.toContain(key);
      expectNoKey(texts);
    });

    it("no error thrown in this file mentions a key (message, String(), JSON, stack)", () => {
      expect(seenErrors.length).toBeGreaterThan(minErrors);
      for (const error of seenErrors) {
        const texts = errorTexts(error);
        expectNoKey(texts);
        for (const key of ALL_KEYS) for (const text of texts) expect(text).not.toContain(key);
      }
    });
  });
}
