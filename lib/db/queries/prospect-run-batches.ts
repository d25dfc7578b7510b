import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { prospectRunDomains, prospectRuns } from "../schema";
import {
  type StoredFailure,
  type StoredMetrics,
  storeFailures,
  storeMetrics,
} from "./prospect-metrics";

/** The run was cancelled, finished or deleted (with its list) while a batch was in flight. */
export class RunStoppedError extends Error {
  override name = "RunStoppedError";
}

/**
 * Stores one batch of a run exactly once: in one transaction it locks the run row (a second
 * delivery of the same run waits here), settles the batch's domains that are still unsettled,
 * stores only those, and adds only those to the progress. A domain settled by an earlier
 * delivery is neither stored again nor counted again, so progress never goes backwards or past
 * the total.
 */
export async function storeRunBatch(
  db: Db,
  target: { tenantId: string; listId: string; runId: string },
  batch: { metrics: StoredMetrics[]; failures: StoredFailure[]; requests: number },
) {
  const { tenantId, listId, runId } = target;
  await db.transaction(async (tx) => {
    const [run] = await tx
      .select({ status: prospectRuns.status })
      .from(prospectRuns)
      .where(and(eq(prospectRuns.tenantId, tenantId), eq(prospectRuns.id, runId)))
      .for("update");
    if (run?.status !== "running") throw new RunStoppedError("The run is no longer running");

    const settle = async (domains: string[], errorKind: (d: string) => string | null) => {
      if (domains.length === 0) return new Set<string>();
      const rows = await tx
        .update(prospectRunDomains)
        .set({ settled: true, errorKind: sql`v.kind` })
        .from(
          sql`(values ${sql.join(
            domains.map((d) => sql`(${d}::text, ${errorKind(d)}::text)`),
            sql`, `,
          )}) as v(domain, kind)`,
        )
        .where(
          and(
            eq(prospectRunDomains.runId, runId),
            eq(prospectRunDomains.tenantId, tenantId),
            eq(prospectRunDomains.settled, false),
            sql`${prospectRunDomains.domain} = v.domain`,
            inArray(prospectRunDomains.domain, domains),
          ),
        )
        .returning({ domain: prospectRunDomains.domain });
      return new Set(rows.map((r) => r.domain));
    };
    const kinds = new Map(batch.failures.map((f) => [f.domain, f.kind]));
    const gotNow = await settle(
      batch.metrics.map((m) => m.domain),
      () => null,
    );
    const failedNow = await settle(
      batch.failures.map((f) => f.domain),
      (d) => kinds.get(d) ?? null,
    );
    await storeMetrics(
      tx as unknown as Db,
      tenantId,
      listId,
      batch.metrics.filter((m) => gotNow.has(m.domain)),
    );
    await storeFailures(
      tx as unknown as Db,
      tenantId,
      listId,
      batch.failures.filter((f) => failedNow.has(f.domain)),
    );
    await tx
      .update(prospectRuns)
      .set({
        done: sql`${prospectRuns.done} + ${gotNow.size + failedNow.size}`,
        failed: sql`${prospectRuns.failed} + ${failedNow.size}`,
        requestsDone: sql`least(${prospectRuns.requestsDone} + ${batch.requests}, ${prospectRuns.requestsTotal})`,
      })
      .where(eq(prospectRuns.id, runId));
  });
}
