import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import {
  assertRate,
  LATE_MS,
  MAX_REBOOKS,
  nextSlot,
  type RateGate,
  type RateGates,
} from "@/lib/seranking/rate-gate";
import { type Clock, keyFingerprint, systemClock } from "@/lib/seranking/rate-limiter";

export interface RateGrant {
  fingerprint: string;
  /** When the request may start, on the database's clock (epoch ms). */
  start: number;
  waitMs: number;
  /** performance.now() when the database's clock was read: the wait counts from there. */
  readAt: number;
}

// Several processes share the CPU and the database, so sends lag their slots more than in one
// process: late slots are rebooked (LATE_MS, as in the in-memory limiter), and the shared window
// keeps a wider margin for what happens after the gate (the HTTP send). Without both, npm run
// chaos saw 11–14 requests in one second and 429s.
export const SHARED_WINDOW_MS = 1200;

export interface PgRateGatesOptions {
  /** Only its sleep is used: slot times come from the database's clock. */
  clock?: Clock;
  /** Sees every grant (tests measure the windows on it). */
  onGrant?: (grant: RateGrant) => void;
}

/**
 * The per-key rate gate shared by every instance and worker on one PostgreSQL: the key's row in
 * `seranking_rate_slots` is locked (SELECT … FOR UPDATE), the next slot is taken with the same
 * algorithm as the in-memory limiter (nextSlot), the row is written back and the lock released;
 * only then does the caller wait for its slot. Times come from the database's clock, so
 * instances whose clocks disagree still share one window. Only the fingerprint is stored.
 */
class PgRateGate implements RateGate {
  constructor(
    private readonly db: Db,
    private readonly fingerprint: string,
    private perSecond: number,
    private readonly options: PgRateGatesOptions,
  ) {
    assertRate(perSecond);
  }

  get limit(): number {
    return this.perSecond;
  }

  tighten(perSecond: number): void {
    if (perSecond > 0 && perSecond < this.perSecond) this.perSecond = perSecond;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    const sleep = (this.options.clock ?? systemClock).sleep;
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      const grant = await this.reserve();
      const due = grant.readAt + grant.waitMs;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait, signal);
      // Only the slot a request really goes out on is reported (a missed one carries nothing).
      if (performance.now() - due <= LATE_MS || attempt >= MAX_REBOOKS) {
        this.options.onGrant?.(grant);
        return;
      }
    }
  }

  /** Takes the next slot under the row lock (held for four short statements). */
  private reserve(): Promise<RateGrant> {
    const fp = this.fingerprint;
    return this.db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into seranking_rate_slots (fingerprint) values (${fp}) on conflict do nothing`,
      );
      const locked = await tx.execute(
        sql`select slots::float8[] as slots from seranking_rate_slots where fingerprint = ${fp} for update`,
      );
      // Read once the lock is held: a time taken before it could precede a slot just written.
      const clock = await tx.execute(
        sql`select (extract(epoch from clock_timestamp()) * 1000)::float8 as now`,
      );
      const readAt = performance.now();
      const slots = ((locked.rows[0] as { slots: number[] | null })?.slots ?? []).map(Number);
      const now = Number((clock.rows[0] as { now: number }).now);
      const grant = nextSlot(slots, now, this.perSecond, SHARED_WINDOW_MS);
      // Rounded up: a stored start is never earlier than the one granted.
      const stored = `{${grant.slots.map((s) => Math.ceil(s)).join(",")}}`;
      await tx.execute(
        sql`update seranking_rate_slots set slots = ${stored}::bigint[], updated_at = now() where fingerprint = ${fp}`,
      );
      return { fingerprint: fp, start: grant.start, waitMs: grant.start - now, readAt };
    });
  }
}

/** One gate per key fingerprint per process (so a tightened rate sticks), all on one table. */
export class PgRateGates implements RateGates {
  private readonly gates = new Map<string, PgRateGate>();

  constructor(
    private readonly db: Db,
    private readonly options: PgRateGatesOptions = {},
  ) {}

  forKey(apiKey: string, perSecond: number): PgRateGate {
    const id = keyFingerprint(apiKey);
    let gate = this.gates.get(id);
    if (!gate) {
      gate = new PgRateGate(this.db, id, perSecond, this.options);
      this.gates.set(id, gate);
    } else {
      gate.tighten(perSecond);
    }
    return gate;
  }
}
