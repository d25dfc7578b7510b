// The chaos run's workload, stored straight through the app's services: one prospect list of
// 5,000 domains and 100 keyword projects whose daily check is due now.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { addKeywordsSchema, createProjectSchema } from "@/lib/validations/keywords";

export const KEYWORDS_PER_PROJECT = 3;

export async function seedWorkload(
  db: Db,
  tenantId: string,
  { domains, projects }: { domains: number; projects: number },
) {
  const list = await createList(db, tenantId, "Chaos prospects");
  const names = Array.from({ length: domains }, (_, i) => `chaos-prospect-${i}.com`);
  const added = await addDomains(db, tenantId, list.id, names);
  if (added.added !== domains) throw new Error(`added ${added.added} of ${domains} domains`);

  const projectIds: string[] = [];
  for (let i = 0; i < projects; i++) {
    const project = await createProject(
      db,
      tenantId,
      createProjectSchema.parse({ domain: `chaos-site-${i}.com`, searchEngine: "google" }),
    );
    await addKeywords(
      db,
      tenantId,
      project.id,
      addKeywordsSchema.parse({
        text: Array.from({ length: KEYWORDS_PER_PROJECT }, (_, k) => `chaos term ${k}`).join("\n"),
      }),
    );
    projectIds.push(project.id);
  }
  // Due a minute ago: the workers' schedule finds all of them on its next pass.
  await db.execute(
    sql`update keyword_projects set next_check_at = now() - interval '1 minute' where tenant_id = ${tenantId}`,
  );
  return { listId: list.id, projectIds };
}

/** What was stored, counted so that anything stored twice or missing shows. */
export async function countStored(db: Db, tenantId: string, listId: string) {
  const prospects = await db.execute<{
    rows: number;
    distinct_domains: number;
    with_metrics: number;
  }>(sql`
    select count(*)::int as rows, count(distinct domain)::int as distinct_domains,
           count(*) filter (where fetched_at is not null)::int as with_metrics
    from prospects where tenant_id = ${tenantId} and list_id = ${listId}`);
  const checks = await db.execute(sql`
    select r.project_id, count(distinct r.id)::int as runs, count(c.id)::int as results,
           count(distinct (c.run_id, c.keyword_id))::int as distinct_results
    from keyword_check_runs r left join keyword_checks c on c.run_id = r.id
    where r.tenant_id = ${tenantId} and r.status <> 'running'
    group by r.project_id`);
  return {
    prospects: rowsOf<{ rows: number; distinct_domains: number; with_metrics: number }>(
      prospects,
    )[0]!,
    checks: rowsOf<{ project_id: string; runs: number; results: number; distinct_results: number }>(
      checks,
    ),
  };
}

// drizzle's execute answers { rows } on node-postgres.
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows ?? (result as T[]);
}
