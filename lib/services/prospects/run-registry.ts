import { randomUUID } from "node:crypto";

// The runs this process is executing. Kept on globalThis so a dev hot reload does not forget
// them (and mark its own live runs as interrupted).
interface Registry {
  owner: string;
  active: Map<string, { listId: string; controller: AbortController }>;
}

const g = globalThis as unknown as { __prospectRuns?: Registry };
g.__prospectRuns ??= { owner: randomUUID(), active: new Map() };
const registry = g.__prospectRuns;

/** This process's id, stored on each run it starts. */
export const processOwner = () => registry.owner;

export const activeRunIds = () => [...registry.active.keys()];

export function registerRun(runId: string, listId: string): AbortController {
  const controller = new AbortController();
  registry.active.set(runId, { listId, controller });
  return controller;
}

export function unregisterRun(runId: string) {
  registry.active.delete(runId);
}

/** Stops the batches still to be sent for a list that is being deleted. */
export function abortRunsOfList(listId: string) {
  for (const [, run] of registry.active) {
    if (run.listId === listId) run.controller.abort(new Error("The list was deleted"));
  }
}
