// Everything mutable about a running simulator, in one object that tests can also drive
// in-process (startSimulator returns it). reset() restores the start-up configuration.

import { SimClock } from "./clock";
import { type FaultInput, FaultStore } from "./faults";
import {
  DATA_API_DEMO_KEY,
  DATA_API_TRIAL_KEY,
  DEFAULT_CREDITS,
  DEMO_KEY,
  type KeyInput,
  KeyStore,
  type OutOfCreditsStatus,
  PROJECT_API_DEMO_KEY,
  PROJECT_ONLY_DEMO_KEY,
} from "./keys";
import { ListLengths } from "./list-lengths";
import { ProjectStore } from "./project-api/store";
import { RateLimiter } from "./rate-limiter";
import { DEFAULT_LOG_CAPACITY, RequestLog } from "./request-log";

export interface SimulatorOptions {
  /** 0 = a random free port. Default 0 (main.ts defaults to 4010). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Valid keys; default: DEMO_KEY with DEFAULT_CREDITS. */
  keys?: KeyInput[];
  /** Added to every API answer (not to /__sim/). */
  latencyMs?: number;
  /** Requests per rolling second per key; 0 = off. Default 10. */
  rateLimit?: number;
  /** Pinned "today" (YYYY-MM-DD); default: the real UTC date. */
  date?: string | null;
  /** Status for "out of credits": 402 (default) or 403 "Insufficient funds". */
  outOfCreditsStatus?: OutOfCreditsStatus;
  faults?: FaultInput[];
  logCapacity?: number;
  /** See SimConfig.recheckDelayMs. Default 3000. */
  recheckDelayMs?: number;
}

export const DEFAULT_RECHECK_DELAY_MS = 3000;

export interface SimConfig {
  latencyMs: number;
  rateLimit: number;
  outOfCreditsStatus: OutOfCreditsStatus;
  /**
   * A Project API recheck completes (its positions appear) once this many ms have passed since it
   * was asked for, judged when positions are read; POST /__sim/project-api/rechecks completes
   * pending ones at once. Tests set it high and complete rechecks explicitly: no sleeps.
   */
  recheckDelayMs: number;
}

export const DEFAULT_RATE_LIMIT = 10;

export const DEFAULT_KEYS: readonly KeyInput[] = [
  { key: DEMO_KEY, credits: DEFAULT_CREDITS, email: "demo@simulator.example", firstName: "Demo" },
  { key: DATA_API_DEMO_KEY, credits: DEFAULT_CREDITS, dialects: ["data-v1"] },
  { key: DATA_API_TRIAL_KEY, credits: 100_000, dialects: ["data-v1"], trial: true },
  { key: PROJECT_API_DEMO_KEY, credits: DEFAULT_CREDITS, dialects: ["data-v1", "project-api"] },
  { key: PROJECT_ONLY_DEMO_KEY, credits: 0, dialects: ["project-api"] },
];

export interface SimState {
  readonly keys: KeyStore;
  readonly faults: FaultStore;
  readonly clock: SimClock;
  readonly log: RequestLog;
  readonly limiter: RateLimiter;
  readonly config: SimConfig;
  /** The Project API's rank-tracker data: sites, engines, keywords, checks, pending rechecks. */
  readonly projects: ProjectStore;
  /** Backlink lists made longer or shorter than their summaries say (list-lengths.ts). */
  readonly lists: ListLengths;
  /** Waits ms; pending waits are cancelled (never resolve) once the simulator closes. */
  sleep(ms: number): Promise<void>;
  /** Back to the start-up options: keys, credits, faults, clock, config, log, rate windows. */
  reset(): void;
  /** Cancels pending timers; called by close(). */
  shutdown(): void;
}

function initialConfig(options: SimulatorOptions): SimConfig {
  return {
    latencyMs: options.latencyMs ?? 0,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    outOfCreditsStatus: options.outOfCreditsStatus ?? 402,
    recheckDelayMs: options.recheckDelayMs ?? DEFAULT_RECHECK_DELAY_MS,
  };
}

export function createSimState(options: SimulatorOptions = {}): SimState {
  const keyInputs = options.keys ?? DEFAULT_KEYS;
  let keys = new KeyStore(keyInputs);
  let faults = new FaultStore();
  for (const fault of options.faults ?? []) faults.add(fault);
  const clock = new SimClock(options.date ?? null);
  const log = new RequestLog(options.logCapacity);
  const limiter = new RateLimiter();
  const config = initialConfig(options);
  const timers = new Set<NodeJS.Timeout>();
  let projects = new ProjectStore();
  const lists = new ListLengths();

  return {
    get keys() {
      return keys;
    },
    get faults() {
      return faults;
    },
    get projects() {
      return projects;
    },
    lists,
    clock,
    log,
    limiter,
    config,
    sleep(ms) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      });
    },
    reset() {
      keys = new KeyStore(keyInputs);
      faults.clear(); // releases held requests
      faults = new FaultStore();
      for (const fault of options.faults ?? []) faults.add(fault);
      clock.set(options.date ?? null);
      log.clear();
      limiter.reset();
      projects = new ProjectStore();
      lists.clear();
      Object.assign(config, initialConfig(options));
    },
    shutdown() {
      faults.clear();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

export { DEFAULT_LOG_CAPACITY };
