// The shared per-key rate gate: two "instances" (two connection pools on one PostgreSQL, each
// with its own gate registry) draw from one key at once. Grant times are the database clock's
// starts as granted, so the windows are measured on what the gate decided, not on timers.
// On PGlite (no TEST_DATABASE_URL) both registries share its one connection: that proves the
// algorithm and the table, not cross-process locking, which the PostgreSQL run does.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDb } from "@/lib/db/client";
import { keyFingerprint } from "@/lib/seranking/rate-limiter";
import { createTestDb } from "@/test/support/test-db";
import { PgRateGates, SHARED_WINDOW_MS as RATE_WINDOW_MS, type RateGrant } from "./pg-rate-gate";

let first: DbHandle & { url?: string };
let second: DbHandle | undefined;

beforeAll(async () => {
  first = await createTestDb();
  second = first.url ? await openDb({ url: first.url }) : undefined;
});
afterAll(async () => {
  await second?.close();
  await first.close();
});

/** The most grants any rolling 1,000 ms window holds. */
function busiestSecond(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe("PgRateGates", () => {
  it("two instances drawing on one key stay within its rate; another key is not slowed", async () => {
    const grants: RateGrant[] = [];
    const onGrant = (g: RateGrant) => grants.push(g);
    const instanceA = new PgRateGates(first.db, { onGrant });
    const instanceB = new PgRateGates((second ?? first).db, { onGrant });
    const busyKey = "data-sk-shared-by-both-instances";
    const otherKey = "data-sk-another-workspace";

    const started = Date.now();
    let otherDoneMs = 0;
    await Promise.all([
      ...Array.from({ length: 15 }, () => instanceA.forKey(busyKey, 10).acquire()),
      ...Array.from({ length: 15 }, () => instanceB.forKey(busyKey, 10).acquire()),
      Promise.all(Array.from({ length: 10 }, () => instanceB.forKey(otherKey, 10).acquire())).then(
        () => {
          otherDoneMs = Date.now() - started;
        },
      ),
    ]);
    const elapsed = Date.now() - started;

    const [busy, other] = [busyKey, otherKey].map((k) =>
      grants.filter((g) => g.fingerprint === keyFingerprint(k)),
    );
    expect(busy).toHaveLength(30);
    expect(busiestSecond(busy!.map((g) => g.start))).toBeLessThanOrEqual(10);
    // 30 at 10/s: 10 now, 10 one window later, 10 two windows later, whichever instance asked.
    const sorted = busy!.map((g) => g.start).sort((a, b) => a - b);
    expect(sorted[29]! - sorted[0]!).toBeGreaterThanOrEqual(2 * RATE_WINDOW_MS - 1);
    expect(elapsed).toBeGreaterThanOrEqual(2 * RATE_WINDOW_MS - 5);
    // The other key's 10 go at once: no wait granted, and done well before the busy key's second window.
    expect(other).toHaveLength(10);
    expect(other!.every((g) => g.waitMs === 0)).toBe(true);
    // On PostgreSQL its transactions do not queue behind the busy key's row either. (PGlite runs
    // every transaction of both keys one after another on its single connection.)
    if (second) expect(otherDoneMs).toBeLessThan(RATE_WINDOW_MS);
  });

  it("stores the key's fingerprint, never the key", async () => {
    const gates = new PgRateGates(first.db);
    await gates.forKey("data-sk-never-stored-0123456789", 10).acquire();
    const { rows } = await first.db.execute(sql`select * from seranking_rate_slots`);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain("data-sk-never-stored");
    expect(rows.length).toBeGreaterThan(0);
  });
});
