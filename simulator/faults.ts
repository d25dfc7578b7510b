// Faults on demand. Each fault counts the requests it matches (path, method, key), so a test can
// say "fail only the 4th metrics call" (nth) or "the next 3 calls" (count) and get exactly that.
// A "hold" fault keeps matching requests waiting until the test releases them, so a test can
// look at the app mid-work without racing a delay.

import { z } from "zod";
import { keyIdFor } from "./keys";

export const FAULT_KINDS = [
  "latency",
  "status",
  "timeout",
  "malformed_json",
  "truncated_body",
  "hold",
] as const;
export const FAULT_STATUSES = [401, 402, 403, 429, 500, 502, 503] as const;
/**
 * What a 402/403 says (reference §2): SE Ranking tells the account states apart only by the
 * envelope's message. Default: "Insufficient funds" on 403, as before.
 */
export const ACCOUNT_VARIANTS = [
  "insufficient_funds",
  "subscription_required",
  "limit_reached",
  "no_api_credits",
] as const;
export type AccountVariant = (typeof ACCOUNT_VARIANTS)[number];

export const faultInputSchema = z
  .object({
    kind: z.enum(FAULT_KINDS),
    /** kind "status": the status to answer with, in SE Ranking's error envelope. */
    status: z.literal(FAULT_STATUSES).optional(),
    /** kind "latency": extra delay before the normal answer. */
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    /** kind "timeout": answer normally after this long; absent = accept and never answer. */
    afterMs: z.number().int().min(0).max(600_000).optional(),
    /** kind "status" 402/403: which account state the envelope's message names. */
    variant: z.enum(ACCOUNT_VARIANTS).optional(),
    /** kind "status": the envelope's description instead of the default text. */
    description: z.string().min(1).max(500).optional(),
    /**
     * kind "hold": if still held after this long, answer 503 instead, so a client whose own
     * timeout is shorter than the test retries (and is held again) rather than giving up.
     */
    maxHoldMs: z.number().int().min(1).max(600_000).optional(),
    /** kind "status" 429: Retry-After seconds (default 1). */
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    /** Only requests with exactly this path (trailing slash optional). */
    path: z.string().min(1).optional(),
    method: z.string().min(1).optional(),
    /** Only requests made with this key (plain text here; stored as its keyId). */
    key: z.string().min(1).optional(),
    keyId: z.string().min(1).optional(),
    /** First matching request to fail, 1-based (default 1). */
    nth: z.number().int().min(1).optional(),
    /** How many matching requests fail from the nth on (default: 1 if nth is set, else all). */
    count: z.number().int().min(1).optional(),
  })
  .refine((f) => f.kind !== "status" || f.status !== undefined, {
    message: 'kind "status" needs a status',
  })
  .refine((f) => f.kind !== "latency" || f.latencyMs !== undefined, {
    message: 'kind "latency" needs latencyMs',
  });

export type FaultInput = z.input<typeof faultInputSchema>;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  id: number;
  kind: FaultKind;
  status?: number;
  latencyMs?: number;
  afterMs?: number;
  retryAfterSeconds?: number;
  variant?: AccountVariant;
  description?: string;
  maxHoldMs?: number;
  path?: string;
  method?: string;
  keyId?: string;
  nth: number;
  /** null = unlimited. */
  count: number | null;
  /** Matching requests seen so far. */
  seen: number;
  /** Times this fault actually fired. */
  fired: number;
  /** kind "hold": requests waiting right now for POST /__sim/release. */
  held: number;
}

export interface FaultRequest {
  method: string;
  path: string;
  keyId: string | null;
}

export interface FaultEffect {
  /** Sum of the latency faults that fired. */
  delayMs: number;
  /** The first non-latency fault that fired, if any: it decides the answer. */
  fault: Fault | null;
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

export class FaultStore {
  private faults: Fault[] = [];
  /** Per hold fault id: the resolvers of the requests it is holding. */
  private waiters = new Map<number, Array<() => void>>();
  private nextId = 1;

  /** Throws a ZodError on invalid input (the control API turns it into a 400). */
  add(input: FaultInput): Fault {
    const f = faultInputSchema.parse(input);
    const fault: Fault = {
      id: this.nextId++,
      kind: f.kind,
      status: f.status,
      latencyMs: f.latencyMs,
      afterMs: f.afterMs,
      retryAfterSeconds: f.retryAfterSeconds,
      variant: f.variant,
      description: f.description,
      maxHoldMs: f.maxHoldMs,
      path: f.path === undefined ? undefined : trimSlash(f.path),
      method: f.method?.toUpperCase(),
      keyId: f.keyId ?? (f.key === undefined ? undefined : keyIdFor(f.key)),
      nth: f.nth ?? 1,
      count: f.count ?? (f.nth === undefined ? null : 1),
      seen: 0,
      fired: 0,
      held: 0,
    };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f, held: this.waiters.get(f.id)?.length ?? 0 }));
  }

  /** Removing a hold fault releases what it holds: nothing stays stuck after a test. */
  remove(id: number): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    this.release(id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
    this.release();
  }

  /**
   * Keeps a request waiting until its hold fault is released or removed (true), or until the
   * fault's maxHoldMs has passed (false: the caller answers 503).
   */
  hold(fault: Fault): Promise<boolean> {
    return new Promise((resolve) => {
      const list = this.waiters.get(fault.id) ?? [];
      let timer: NodeJS.Timeout | undefined;
      const waiter = () => {
        clearTimeout(timer);
        resolve(true);
      };
      list.push(waiter);
      this.waiters.set(fault.id, list);
      if (fault.maxHoldMs === undefined) return;
      timer = setTimeout(() => {
        const current = this.waiters.get(fault.id);
        const at = current?.indexOf(waiter) ?? -1;
        if (at >= 0) current!.splice(at, 1);
        resolve(false);
      }, fault.maxHoldMs);
      timer.unref();
    });
  }

  /**
   * Lets held requests go on to their normal answers and stops the hold fault(s) from holding
   * more. Returns how many requests were waiting.
   */
  release(id?: number): number {
    let released = 0;
    for (const [faultId, list] of this.waiters) {
      if (id !== undefined && faultId !== id) continue;
      for (const resolve of list) resolve();
      released += list.length;
      this.waiters.delete(faultId);
    }
    this.faults = this.faults.filter((f) => f.kind !== "hold" || (id !== undefined && f.id !== id));
    return released;
  }

  /** Called once per API request; advances the counters of every fault the request matches. */
  evaluate(request: FaultRequest): FaultEffect {
    const effect: FaultEffect = { delayMs: 0, fault: null };
    if (this.faults.length === 0) return effect;
    const path = trimSlash(request.path);
    for (const f of this.faults) {
      if (f.path !== undefined && f.path !== path) continue;
      if (f.method !== undefined && f.method !== request.method) continue;
      if (f.keyId !== undefined && f.keyId !== request.keyId) continue;
      f.seen++;
      if (f.seen < f.nth || (f.count !== null && f.seen >= f.nth + f.count)) continue;
      f.fired++;
      if (f.kind === "latency") effect.delayMs += f.latencyMs ?? 0;
      else effect.fault ??= f;
    }
    // Spent faults disappear so GET /__sim/faults shows only what can still happen.
    // A hold stays listed (with what it holds) until released.
    this.faults = this.faults.filter(
      (f) => f.kind === "hold" || f.count === null || f.seen < f.nth + f.count - 1,
    );
    return effect;
  }
}
