import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type ProspectRunStatus, prospectRunDomains, prospectRuns } from "../schema";

/** Records a running run with the domains it will fetch, in one transaction. */
export async function insertRun(
  db: Db,
  tenantId: string,
  run: {
    listId: string;
    mode: "all" | "failed";
    total: number;
    cached: number;
    requestsTotal?: number;
    estimatedCredits?: number;
    startedBy: string | null;
  },
  domains: readonly string[],
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(prospectRuns)
      .values({ tenantId, status: "running", ...run })
      .returning();
    for (let i = 0; i < domains.length; i += 1000) {
      await tx.insert(prospectRunDomains).values(
        domains.slice(i, i + 1000).map((domain, j) => ({
          runId: row!.id,
          tenantId,
          domain,
          position: i + j,
        })),
      );
    }
    return row!;
  });
}

export async function findLatestRun(db: Db, tenantId: string, listId: string) {
  const [row] = await db
    .select()
    .from(prospectRuns)
    .where(and(eq(prospectRuns.tenantId, tenantId), eq(prospectRuns.listId, listId)))
    .orderBy(desc(prospectRuns.startedAt))
    .limit(1);
  return row;
}

export async function findRun(db: Db, tenantId: string, runId: string) {
  const [row] = await db
    .select()
    .from(prospectRuns)
    .where(and(eq(prospectRuns.tenantId, tenantId), eq(prospectRuns.id, runId)));
  return row;
}

/** Ends a running run; a run already ended (cancelled, finished) keeps its outcome. */
export async function finishRun(
  db: Db,
  tenantId: string,
  runId: string,
  outcome: { status: Exclude<ProspectRunStatus, "running">; error?: string | null },
) {
  const rows = await db
    .update(prospectRuns)
    .set({ status: outcome.status, error: outcome.error ?? null, finishedAt: new Date() })
    .where(
      and(
        eq(prospectRuns.tenantId, tenantId),
        eq(prospectRuns.id, runId),
        eq(prospectRuns.status, "running"),
      ),
    )
    .returning();
  return rows[0];
}

/** The run's domains not settled yet, in list order: what a (re-)delivered job still fetches. */
export async function pendingRunDomains(db: Db, tenantId: string, runId: string) {
  const rows = await db
    .select({ domain: prospectRunDomains.domain })
    .from(prospectRunDomains)
    .where(
      and(
        eq(prospectRunDomains.tenantId, tenantId),
        eq(prospectRunDomains.runId, runId),
        eq(prospectRunDomains.settled, false),
      ),
    )
    .orderBy(prospectRunDomains.position);
  return rows.map((r) => r.domain);
}

/** Whether any domain of the run failed for want of credits (the run's closing message says so). */
export async function runRanOutOfCredits(db: Db, tenantId: string, runId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(prospectRunDomains)
    .where(
      and(
        eq(prospectRunDomains.tenantId, tenantId),
        eq(prospectRunDomains.runId, runId),
        eq(prospectRunDomains.errorKind, "out_of_credits"),
      ),
    );
  return (row?.n ?? 0) > 0;
}
