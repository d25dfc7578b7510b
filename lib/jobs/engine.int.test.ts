// The job engine on the app's own database (PGlite, or PostgreSQL with TEST_DATABASE_URL):
// delivery, payload validation, cancellation, retries, and a worker that dies mid-job.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/test/support/test-db";
import type { JobContext } from "./contract";
import { type Engine, type EngineOptions, startEngine } from "./engine";
import { cuttableConnection, waitFor } from "./engine-test-kit";
import { enqueue, JobPayloadError } from "./enqueue";
import type { PayloadOf } from "./queues";
import { defineHandler } from "./registry";

type Payload = PayloadOf<"prospect-metrics">;
let handle: DbHandle;
const started: Engine[] = [];

// Short expiry and a fast supervisor, so a silent worker's job is taken over within seconds.
const tuning = {
  rules: { expireInSeconds: 2, heartbeatSeconds: 0, retryDelaySeconds: 1, retryLimit: 3 },
  superviseIntervalSeconds: 1,
  pollingIntervalSeconds: 0.5,
};

async function engineWith(
  handle_: (payload: Payload, context: JobContext) => Promise<void>,
  extra: Partial<EngineOptions> = {},
) {
  const engine = await startEngine({
    handle,
    work: true,
    handlers: [defineHandler("prospect-metrics", handle_)],
    tuning,
    ...extra,
  });
  started.push(engine);
  return engine;
}

const payload = (): Payload => ({
  tenantId: randomUUID(),
  listId: randomUUID(),
  runId: randomUUID(),
});

beforeAll(async () => {
  handle = await createTestDb();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.stop({ graceMs: 1000 })));
});
afterAll(async () => {
  await handle.close();
});

describe("job engine", () => {
  it("delivers an enqueued job to its handler with the validated payload", async () => {
    const seen: Payload[] = [];
    await engineWith(async (p) => {
      seen.push(p);
    });
    const job = payload();
    const id = await enqueue(handle.db, "prospect-metrics", job);
    expect(id).toEqual(expect.any(String));
    await waitFor("the handler to run", () => seen.length === 1);
    expect(seen[0]).toEqual(job);
  });

  it("refuses a payload that does not fit the queue, saying which field is wrong", async () => {
    await engineWith(async () => {});
    const bad = { ...payload(), runId: "not-a-uuid" };
    const attempt = enqueue(handle.db, "prospect-metrics", bad);
    await expect(attempt).rejects.toBeInstanceOf(JobPayloadError);
    await expect(attempt).rejects.toThrow(/runId/);
  });

  it("a job cancelled before it starts never reaches its handler", async () => {
    const seen: string[] = [];
    const engine = await engineWith(async (p) => {
      seen.push(p.runId);
    });
    const later = payload();
    const id = await enqueue(handle.db, "prospect-metrics", later, { startAfter: 3600 });
    await engine.boss.cancel("prospect-metrics", id!);
    const now = payload();
    await enqueue(handle.db, "prospect-metrics", now);
    await waitFor("the next job to run", () => seen.includes(now.runId));
    const job = await engine.boss.getJobById("prospect-metrics", id!);
    expect(job?.state).toBe("cancelled");
    expect(seen).not.toContain(later.runId);
  });

  it("a handler that throws is delivered again and resumes from what it stored", async () => {
    const stored: number[] = [];
    const deliveries: number[] = [];
    await engineWith(async (_p, { retryCount }) => {
      deliveries.push(retryCount);
      // Ten units; the first delivery fails after storing four of them.
      for (let unit = stored.length; unit < 10; unit++) {
        if (retryCount === 0 && unit === 4) throw new Error("upstream hiccup");
        stored.push(unit);
      }
    });
    await enqueue(handle.db, "prospect-metrics", payload());
    await waitFor("all ten units", () => stored.length === 10);
    expect(deliveries).toEqual([0, 1]);
    expect(stored).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("a job whose worker dies silently is picked up by another instance after its expiry", async () => {
    const connection = cuttableConnection();
    const holding: string[] = [];
    // Instance A takes the job, then its connection is cut mid-job: no completion, no failure.
    await engineWith(
      (p, { signal }) =>
        new Promise<void>((resolve) => {
          holding.push(p.runId);
          signal.addEventListener("abort", () => resolve(), { once: true });
        }),
      { wrapConnection: connection.wrap },
    );
    const job = payload();
    const id = await enqueue(handle.db, "prospect-metrics", job);
    await waitFor("instance A to take the job", () => holding.includes(job.runId));
    connection.cut();

    const finishedBy: string[] = [];
    const b = await engineWith(async (p, { retryCount }) => {
      finishedBy.push(`${p.runId}#${retryCount}`);
    });
    await waitFor("instance B to finish the job", () => finishedBy.length > 0);
    expect(finishedBy).toEqual([`${job.runId}#1`]);
    const done = await waitFor("the job to be completed", async () => {
      const row = await b.boss.getJobById("prospect-metrics", id!);
      return row?.state === "completed" ? row : null;
    });
    expect(done.retryCount).toBe(1);
  });

  it("a job that keeps failing gives up, and its feature is told once", async () => {
    const gaveUp: string[] = [];
    const noRetries = { ...tuning, rules: { ...tuning.rules, retryLimit: 0 } };
    await startEngine({
      handle,
      work: true,
      tuning: noRetries,
      handlers: [
        defineHandler(
          "prospect-metrics",
          async () => {
            throw new Error("always fails");
          },
          { onGiveUp: async (p) => void gaveUp.push(p.runId) },
        ),
      ],
    }).then((e) => started.push(e));
    const job = payload();
    await enqueue(handle.db, "prospect-metrics", job);
    await waitFor("the feature to be told", () => gaveUp.length > 0);
    expect(gaveUp).toEqual([job.runId]);
  });

  it("a stopping instance lets a running job finish within the grace period", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const finished: string[] = [];
    const engine = await engineWith(async (p) => {
      await released; // held by the test, not by a timer
      finished.push(p.runId);
    });
    const job = payload();
    const id = await enqueue(handle.db, "prospect-metrics", job);
    await waitFor("the job to start", async () => {
      const row = await engine.boss.getJobById("prospect-metrics", id!);
      return row?.state === "active";
    });
    const stopped = engine.stop({ graceMs: 60_000 });
    release();
    await stopped;
    expect(finished).toEqual([job.runId]);
    const b = await engineWith(async () => {});
    const row = await b.boss.getJobById("prospect-metrics", id!);
    expect(row?.state).toBe("completed");
  });

  it("a job still running when the grace period ends is handed back and resumed elsewhere, without spending its retries", async () => {
    const stored: number[] = [];
    const job = payload();
    // More restarts in a row than the queue's retryLimit (3): a hand-back is not a failure.
    for (let restart = 0; restart < 4; restart++) {
      let started!: () => void;
      const running = new Promise<void>((resolve) => {
        started = resolve;
      });
      const instance = await engineWith(async (_p, { signal }) => {
        // Stores one unit, then waits for the shutdown to abort it (as a slow upstream would).
        stored.push(stored.length);
        started();
        await new Promise<void>((resolve) =>
          signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve()),
        );
      });
      if (restart === 0) await enqueue(handle.db, "prospect-metrics", job);
      await running;
      await instance.stop({ graceMs: 100 });
    }

    const resumedAt: number[] = [];
    await engineWith(async () => {
      resumedAt.push(stored.length);
      for (let unit = stored.length; unit < 10; unit++) stored.push(unit);
    });
    await waitFor("another instance to finish the job", () => stored.length === 10);
    expect(resumedAt).toEqual([4]);
    expect(stored).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
