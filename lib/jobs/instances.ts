// The running engine of each database, so `enqueue(db, …)` reaches the engine of the process
// that owns `db`. On globalThis: Next bundles routes and instrumentation apart, and both must
// see the one engine started at boot (like the database handle in lib/db/index.ts).
import type { Db } from "@/lib/db/client";
import type { Engine } from "./engine";

const g = globalThis as unknown as { __jobEngines?: WeakMap<Db, Engine> };
g.__jobEngines ??= new WeakMap();
const engines = g.__jobEngines;

export function rememberEngine(db: Db, engine: Engine) {
  engines.set(db, engine);
}

export function forgetEngine(db: Db, engine: Engine) {
  if (engines.get(db) === engine) engines.delete(db);
}

export function engineFor(db: Db): Engine {
  const engine = engines.get(db);
  if (!engine) {
    throw new Error("The job engine is not running in this process: start it before enqueueing");
  }
  return engine;
}
