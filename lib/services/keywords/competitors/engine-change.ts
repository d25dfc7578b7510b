import "server-only";
import { ApiError, isUniqueViolation } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { changeProjectTarget } from "@/lib/db/queries/keyword-competitors";
import { tenantDialect } from "@/lib/services/seranking/tenant-client";
import type { changeTargetSchema } from "@/lib/validations/keyword-competitors";
import type { z } from "@/lib/validations/zod-config";
import { requireProject } from "../project-service";

/**
 * Moves a tracked domain to another search engine or location. Its history stays; the change is
 * stored as an "engine_changed" event so the chart marks where the positions stop comparing.
 */
export async function changeEngine(
  db: Db,
  tenantId: string,
  projectId: string,
  input: z.output<typeof changeTargetSchema>,
  now: Date = new Date(),
) {
  const project = await requireProject(db, tenantId, projectId);
  const from = { searchEngine: project.searchEngine, location: project.location };
  if (
    from.searchEngine === input.searchEngine &&
    from.location.toLowerCase() === input.location.toLowerCase()
  ) {
    return { project, changed: false };
  }
  // SE Ranking's rank tracker holds the engine on its own site: it is changed there, not here.
  if (project.seSiteId !== null) {
    throw new ApiError(
      "conflict",
      "SE Ranking's rank tracker checks this domain: change its search engine in SE Ranking, or track the domain again with the new engine.",
    );
  }
  const problem = (await tenantDialect(db, tenantId)).keywordTargetProblem?.(input);
  if (problem) {
    throw new ApiError("invalid_input", `${problem.message}.`, {
      [problem.field]: problem.message,
    });
  }
  try {
    const updated = await changeProjectTarget(db, tenantId, projectId, input, {
      at: now,
      keywordId: null,
      details: { from, to: input },
    });
    return { project: updated ?? project, changed: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ApiError(
      "conflict",
      `${project.domain} is already tracked on ${input.searchEngine} in ${input.location}.`,
      { searchEngine: "Already tracked with this engine and location" },
    );
  }
}
