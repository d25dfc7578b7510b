import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { keywordProjects, trackedKeywords } from "../schema";

export async function listProjects(db: Db, tenantId: string) {
  return db
    .select({
      project: keywordProjects,
      keywordCount: sql<number>`(select count(*)::int from ${trackedKeywords} k
        where k.tenant_id = ${tenantId} and k.project_id = ${keywordProjects.id})`,
    })
    .from(keywordProjects)
    .where(eq(keywordProjects.tenantId, tenantId))
    .orderBy(asc(keywordProjects.domain), asc(keywordProjects.searchEngine));
}

export async function findProject(db: Db, tenantId: string, projectId: string) {
  const [row] = await db
    .select()
    .from(keywordProjects)
    .where(and(eq(keywordProjects.tenantId, tenantId), eq(keywordProjects.id, projectId)))
    .limit(1);
  return row;
}

export async function insertProject(
  db: Db,
  tenantId: string,
  values: Omit<typeof keywordProjects.$inferInsert, "tenantId" | "id">,
) {
  const [row] = await db
    .insert(keywordProjects)
    .values({ ...values, tenantId })
    .returning();
  return row!;
}

export async function updateProject(
  db: Db,
  tenantId: string,
  projectId: string,
  values: Partial<Pick<typeof keywordProjects.$inferInsert, "scheduleEnabled" | "nextCheckAt">>,
) {
  const [row] = await db
    .update(keywordProjects)
    .set(values)
    .where(and(eq(keywordProjects.tenantId, tenantId), eq(keywordProjects.id, projectId)))
    .returning();
  return row;
}

export async function deleteProject(db: Db, tenantId: string, projectId: string) {
  const rows = await db
    .delete(keywordProjects)
    .where(and(eq(keywordProjects.tenantId, tenantId), eq(keywordProjects.id, projectId)))
    .returning({ id: keywordProjects.id });
  return rows.length > 0;
}

export async function listKeywords(db: Db, tenantId: string, projectId: string) {
  return db
    .select()
    .from(trackedKeywords)
    .where(and(eq(trackedKeywords.tenantId, tenantId), eq(trackedKeywords.projectId, projectId)))
    .orderBy(asc(trackedKeywords.createdAt), asc(trackedKeywords.keyword));
}

export async function countKeywords(db: Db, tenantId: string, projectId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(trackedKeywords)
    .where(and(eq(trackedKeywords.tenantId, tenantId), eq(trackedKeywords.projectId, projectId)));
  return row?.n ?? 0;
}

/** Inserts the keywords not tracked yet; returns the rows actually added. */
export async function insertKeywords(
  db: Db,
  tenantId: string,
  projectId: string,
  keywords: string[],
  tags: string[],
) {
  if (keywords.length === 0) return [];
  return db
    .insert(trackedKeywords)
    .values(keywords.map((keyword) => ({ tenantId, projectId, keyword, tags })))
    .onConflictDoNothing()
    .returning();
}

export async function deleteKeywords(
  db: Db,
  tenantId: string,
  projectId: string,
  keywordIds: string[],
) {
  const rows = await db
    .delete(trackedKeywords)
    .where(
      and(
        eq(trackedKeywords.tenantId, tenantId),
        eq(trackedKeywords.projectId, projectId),
        inArray(trackedKeywords.id, keywordIds),
      ),
    )
    .returning({ id: trackedKeywords.id });
  return rows.length;
}
