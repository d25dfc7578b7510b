import "server-only";
import type { Db } from "@/lib/db/client";
import { glanceCheckRows, glanceKeywords } from "@/lib/db/queries/keyword-glance";
import { requireProject } from "../project-service";
import { glanceFigures } from "./glance-figures";
import type { GlanceView } from "./glance-view";

/** A project's figures after every check and per tag now (404 for another tenant's project). */
export async function projectGlance(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<GlanceView> {
  await requireProject(db, tenantId, projectId);
  const [keywords, rows] = await Promise.all([
    glanceKeywords(db, tenantId, projectId),
    glanceCheckRows(db, tenantId, projectId),
  ]);
  return glanceFigures(keywords, rows);
}
