import { and, asc, count, eq, gte, inArray, notExists, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type KeywordProject, keywordChecks, keywordProjects, trackedKeywords } from "../schema";

export async function listProjects(db: Db, tenantId: string) {
  return db
    .select({
      project: keywordProjects,
      // Spelled out: inside a sub-select drizzle would render the outer column as a bare "id".
      keywordCount: sql<number>`(select count(*)::int from tracked_keywords k
        where k.tenant_id = ${tenantId} and k.project_id = keyword_projects.id)`,
    })
    .from(keywordProjects)
    .where(eq(keywordProjects.tenantId, tenantId))
    .orderBy(asc(keywordProjects.domain), asc(keywordProjects.searchEngine));
}

/** A tracked domain as GET /keywords/projects lists it: the project and its keyword count. */
export type KeywordProjectRow = KeywordProject & { keywordCount: number };

export async function listProjectRows(db: Db, tenantId: string): Promise<KeywordProjectRow[]> {
  const rows = await listProjects(db, tenantId);
  return rows.map(({ project, keywordCount }) => ({ ...project, keywordCount }));
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
  values: Partial<
    Pick<
      typeof keywordProjects.$inferInsert,
      "scheduleEnabled" | "nextCheckAt" | "seSiteId" | "seSiteEngineId" | "trackerNote"
    >
  >,
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

/** A project's keywords, or only those among `ids` (a check of keywords just added). */
export async function listKeywords(
  db: Db,
  tenantId: string,
  projectId: string,
  ids?: readonly string[],
) {
  return db
    .select()
    .from(trackedKeywords)
    .where(
      and(
        eq(trackedKeywords.tenantId, tenantId),
        eq(trackedKeywords.projectId, projectId),
        ids ? inArray(trackedKeywords.id, [...ids]) : undefined,
      ),
    )
    .orderBy(asc(trackedKeywords.createdAt), asc(trackedKeywords.keyword));
}

/** Ids of a project's keywords added since `since` that no check has a row for yet. */
export async function uncheckedKeywordIds(
  db: Db,
  tenantId: string,
  projectId: string,
  since: Date,
) {
  const rows = await db
    .select({ id: trackedKeywords.id })
    .from(trackedKeywords)
    .where(
      and(
        eq(trackedKeywords.tenantId, tenantId),
        eq(trackedKeywords.projectId, projectId),
        gte(trackedKeywords.createdAt, since),
        notExists(
          db
            .select({ one: sql`1` })
            .from(keywordChecks)
            .where(eq(keywordChecks.keywordId, trackedKeywords.id)),
        ),
      ),
    );
  return rows.map((r) => r.id);
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
  const now = Date.now();
  return (
    db
      .insert(trackedKeywords)
      // A millisecond apart, so the table lists a paste in the order it was typed.
      .values(
        keywords.map((keyword, i) => ({
          tenantId,
          projectId,
          keyword,
          tags,
          createdAt: new Date(now + i),
        })),
      )
      .onConflictDoNothing()
      .returning()
  );
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

/** Replaces a keyword's tags; undefined when the keyword is not this tenant's and project's. */
export async function updateKeywordTags(
  db: Db,
  tenantId: string,
  projectId: string,
  keywordId: string,
  tags: string[],
) {
  const [row] = await db
    .update(trackedKeywords)
    .set({ tags })
    .where(
      and(
        eq(trackedKeywords.tenantId, tenantId),
        eq(trackedKeywords.projectId, projectId),
        eq(trackedKeywords.id, keywordId),
      ),
    )
    .returning({
      id: trackedKeywords.id,
      keyword: trackedKeywords.keyword,
      tags: trackedKeywords.tags,
    });
  return row;
}

/** Records the rank tracker's id of each keyword (Project API), by local keyword id. */
export async function setTrackerKeywordIds(
  db: Db,
  tenantId: string,
  ids: { id: string; seKeywordId: number }[],
) {
  for (const { id, seKeywordId } of ids) {
    await db
      .update(trackedKeywords)
      .set({ seKeywordId })
      .where(and(eq(trackedKeywords.tenantId, tenantId), eq(trackedKeywords.id, id)));
  }
}
