import "server-only";
import { notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { deleteKeywords, deleteProject, listKeywords } from "@/lib/db/queries/keyword-projects";
import { requireProject } from "./project-service";
import { removeFromTracker } from "./tracker/tracker-setup";

/**
 * "Stop tracking" a domain: its keywords leave SE Ranking's rank tracker first (they count
 * against the plan's keyword limit); if the tracker refuses, nothing is deleted here. The
 * tracker's site itself is kept: it may hold data the workspace did not put there.
 */
export async function stopTrackingProject(db: Db, tenantId: string, projectId: string) {
  const project = await requireProject(db, tenantId, projectId);
  await removeFromTracker(db, tenantId, project, await listKeywords(db, tenantId, projectId));
  if (!(await deleteProject(db, tenantId, projectId))) throw notFound("This tracked domain");
}

/** Stops tracking one keyword, in the rank tracker first (same rule as above). */
export async function stopTrackingKeyword(
  db: Db,
  tenantId: string,
  projectId: string,
  keywordId: string,
) {
  const project = await requireProject(db, tenantId, projectId);
  const keyword = (await listKeywords(db, tenantId, projectId)).find((k) => k.id === keywordId);
  if (!keyword) throw notFound("This keyword");
  await removeFromTracker(db, tenantId, project, [keyword]);
  if (!(await deleteKeywords(db, tenantId, projectId, [keywordId]))) throw notFound("This keyword");
}
