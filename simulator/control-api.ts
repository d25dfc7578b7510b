// The test harness's side door under /__sim/: no auth (it only listens on loopback), never
// logged, never billed. Every answer is JSON; errors use the same envelope as the API.

import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { isIsoDate } from "./clock";
import { faultInputSchema } from "./faults";
import { ApiError, sendError, sendJson } from "./http-io";
import { DIALECT_NAMES, SUBSCRIPTION_STATUSES } from "./keys";
import { listLengthInput } from "./list-lengths";
import type { ControlHandler } from "./request-handler";
import type { SimState } from "./state";

const clockBody = z.object({
  date: z.union([z.string().refine(isIsoDate, "must be YYYY-MM-DD"), z.null()]),
});

const keyBody = z.object({
  key: z.string().min(1),
  credits: z.number().int().min(0).optional(),
  email: z.string().min(1).optional(),
  firstName: z.string().min(1).optional(),
  outOfCreditsStatus: z.literal([402, 403]).optional(),
  rateLimit: z.number().int().min(0).optional(),
  dialects: z.array(z.enum(DIALECT_NAMES)).min(1).optional(),
  subscriptionStatus: z.enum(SUBSCRIPTION_STATUSES).optional(),
  trial: z.boolean().optional(),
  siteLimit: z.number().int().min(0).optional(),
  keywordLimit: z.number().int().min(0).optional(),
});

const configBody = z.object({
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  rateLimit: z.number().int().min(0).optional(),
  outOfCreditsStatus: z.literal([402, 403]).optional(),
  recheckDelayMs: z.number().int().min(0).optional(),
});

const releaseBody = z.object({ id: z.number().int().min(1).optional() });

const faultsBody = z.union([
  faultInputSchema,
  z.array(faultInputSchema),
  z.object({ faults: z.array(faultInputSchema) }),
]);

function parse<T extends z.ZodType>(schema: T, raw: string): z.output<T> {
  let input: unknown;
  try {
    input = raw.length === 0 ? {} : JSON.parse(raw);
  } catch {
    throw new ApiError(400, "Body is not valid JSON");
  }
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError(400, z.prettifyError(result.error));
  return result.data;
}

type Action = (url: URL, body: string) => unknown;

function actions(state: SimState, dialects: readonly string[]): Record<string, Action> {
  return {
    "GET health": () => ({
      ok: true,
      dialects,
      today: state.clock.today(),
      pinnedDate: state.clock.isPinned(),
      faults: state.faults.list().length,
    }),
    "GET log": (url) => {
      const limit = url.searchParams.get("limit");
      const path = url.searchParams.get("path") ?? undefined;
      return { entries: state.log.entries({ path, limit: limit ? Number(limit) : undefined }) };
    },
    "DELETE log": () => ({ cleared: state.log.clear() }),
    "GET faults": () => ({ faults: state.faults.list() }),
    "POST faults": (_url, body) => {
      const input = parse(faultsBody, body);
      const list = Array.isArray(input) ? input : "faults" in input ? input.faults : [input];
      return { faults: list.map((fault) => state.faults.add(fault)) };
    },
    "DELETE faults": (url) => {
      const id = url.searchParams.get("id");
      if (id !== null) return { removed: state.faults.remove(Number(id)) };
      const count = state.faults.list().length;
      state.faults.clear();
      return { removed: count };
    },
    "POST release": (_url, body) => ({
      released: state.faults.release(parse(releaseBody, body).id),
    }),
    // A domain's backlink list longer or shorter than its summary says, in both dialects.
    "GET lists": () => ({ lists: state.lists.list() }),
    "POST lists": (_url, body) => {
      try {
        return { list: state.lists.set(parse(listLengthInput, body)) };
      } catch (error) {
        if (error instanceof RangeError) throw new ApiError(400, error.message);
        throw error;
      }
    },
    "DELETE lists": (url) => {
      const domain = url.searchParams.get("domain");
      return {
        removed: domain === null ? state.lists.clear() : Number(state.lists.remove(domain)),
      };
    },
    "GET clock": () => ({ today: state.clock.today(), pinned: state.clock.isPinned() }),
    "POST clock": (_url, body) => {
      state.clock.set(parse(clockBody, body).date);
      return { today: state.clock.today(), pinned: state.clock.isPinned() };
    },
    "GET keys": () => ({ keys: state.keys.list() }),
    "POST keys": (_url, body) => ({ key: { ...state.keys.set(parse(keyBody, body)) } }),
    "DELETE keys": (_url, body) => ({ removed: state.keys.remove(parse(keyBody, body).key) }),
    "GET config": () => ({ config: state.config }),
    "POST config": (_url, body) => {
      const patch = parse(configBody, body);
      for (const [name, value] of Object.entries(patch)) {
        if (value !== undefined) Object.assign(state.config, { [name]: value });
      }
      return { config: state.config };
    },
    // Project API rechecks: how many wait, and "complete them now" (deterministic tests).
    "GET project-api/rechecks": () => ({ pending: state.projects.pendingCount() }),
    "POST project-api/rechecks": () => ({ completed: state.projects.complete(Date.now(), 0) }),
    "POST reset": () => {
      state.reset();
      return { ok: true };
    },
  };
}

export function createControlApi(state: SimState, dialects: readonly string[]): ControlHandler {
  const table = actions(state, dialects);
  return (req: IncomingMessage, res: ServerResponse, url: URL, body: string) => {
    const name = url.pathname.slice("/__sim/".length).replace(/\/$/, "");
    const action = table[`${req.method} ${name}`];
    try {
      if (!action) {
        const known = Object.keys(table).some((k) => k.endsWith(` ${name}`));
        throw known
          ? new ApiError(405, `${req.method} is not supported on ${url.pathname}`)
          : new ApiError(404, `No control endpoint at ${url.pathname}`);
      }
      sendJson(res, 200, action(url, body));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      sendError(res, error);
    }
  };
}
