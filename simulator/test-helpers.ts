// Shared by the simulator's tests: start an in-process simulator and call it with plain fetch.

import { afterAll, beforeAll } from "vitest";
import type { Fault } from "./faults";
import { DEMO_KEY, type KeyAccount } from "./keys";
import type { LogEntry } from "./request-log";
import { type RunningSimulator, type SimulatorOptions, startSimulator } from "./start-simulator";
import type { SimConfig } from "./state";

export const TEST_DATE = "2026-03-10";

/** Starts one simulator for the file (rate limit off unless asked) and closes it afterwards. */
export function setupSimulator(options: SimulatorOptions = {}): () => RunningSimulator {
  let sim: RunningSimulator | undefined;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: 0, date: TEST_DATE, ...options });
  });
  afterAll(async () => {
    await sim?.close();
  });
  return () => {
    if (!sim) throw new Error("simulator not started");
    return sim;
  };
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  key?: string | null;
  /** Overrides the whole Authorization header. */
  authorization?: string;
  signal?: AbortSignal;
}

export function call(
  sim: RunningSimulator,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const key = options.key === undefined ? DEMO_KEY : options.key;
  if (options.authorization !== undefined) headers.Authorization = options.authorization;
  else if (key !== null) headers.Authorization = `Token ${key}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  }
  return fetch(`${sim.url}${path}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
    signal: options.signal,
  });
}

export async function callJson<T = unknown>(
  sim: RunningSimulator,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await call(sim, path, options);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

/** Union of the control API's answer fields; each endpoint fills in its own (tests only). */
export interface ControlBody {
  ok: boolean;
  dialects: string[];
  today: string;
  pinned: boolean;
  entries: LogEntry[];
  cleared: number;
  removed: number | boolean;
  faults: Fault[];
  keys: KeyAccount[];
  key: KeyAccount;
  config: SimConfig;
  error: ErrorBody["error"];
}

export function control(
  sim: RunningSimulator,
  path: string,
  method = "GET",
  body?: unknown,
): Promise<{ status: number; body: ControlBody }> {
  return fetch(`${sim.url}/__sim/${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as ControlBody }));
}

export interface ErrorBody {
  error: { code: number; message: string; description: string };
}

/** Asserts nothing; returns true when the body is SE Ranking's error envelope for `status`. */
export function isEnvelope(body: unknown, status: number): boolean {
  const error = (body as ErrorBody | undefined)?.error;
  return (
    !!error &&
    error.code === status &&
    typeof error.message === "string" &&
    typeof error.description === "string"
  );
}
