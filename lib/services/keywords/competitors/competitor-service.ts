import "server-only";
import { ApiError, isUniqueViolation, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import {
  deleteCompetitor,
  insertCompetitor,
  latestCompetitorPositions,
  listCompetitors,
} from "@/lib/db/queries/keyword-competitors";
import type { KeywordCompetitor } from "@/lib/db/schema";
import { type addCompetitorSchema, MAX_COMPETITORS } from "@/lib/validations/keyword-competitors";
import type { z } from "@/lib/validations/zod-config";
import { requireProject } from "../project-service";
import { attachTrackerCompetitor, detachTrackerCompetitor } from "./tracker-competitors";

export interface CompetitorView {
  id: string;
  domain: string;
}

/** A competitor's latest position for one keyword (null: not in the top 100, or failed). */
export interface CompetitorCell {
  position: number | null;
  status: "ok" | "failed";
  checkedAt: string;
}

const view = (c: KeywordCompetitor): CompetitorView => ({ id: c.id, domain: c.domain });
// "www.rival.com" and "rival.com" are one site to a marketer.
const bare = (domain: string) => domain.replace(/^www\./, "");

/** Competitors and, per keyword id, each competitor's latest cell (the table's columns). */
export async function competitorsOverview(db: Db, tenantId: string, projectId: string) {
  await requireProject(db, tenantId, projectId);
  const [competitors, latest] = await Promise.all([
    listCompetitors(db, tenantId, projectId),
    latestCompetitorPositions(db, tenantId, projectId),
  ]);
  const cells: Record<string, Record<string, CompetitorCell>> = {};
  for (const row of latest) {
    cells[row.keywordId] ??= {};
    cells[row.keywordId]![row.competitorId] = {
      position: row.status === "ok" ? row.position : null,
      status: row.status,
      checkedAt: new Date(row.checkedAt).toISOString(),
    };
  }
  return { competitors: competitors.map(view), cells, max: MAX_COMPETITORS };
}

export async function addCompetitor(
  db: Db,
  tenantId: string,
  projectId: string,
  input: z.output<typeof addCompetitorSchema>,
) {
  const project = await requireProject(db, tenantId, projectId);
  const domain = input.domain;
  if (bare(domain) === bare(project.domain)) {
    throw new ApiError("invalid_input", "That is the tracked domain itself: enter a competitor.", {
      domain: "Enter another site than the tracked domain",
    });
  }
  const existing = await listCompetitors(db, tenantId, projectId);
  if (existing.some((c) => bare(c.domain) === bare(domain))) {
    throw new ApiError("conflict", `${domain} is already a competitor of ${project.domain}.`, {
      domain: "Already a competitor",
    });
  }
  if (existing.length >= MAX_COMPETITORS) {
    throw new ApiError(
      "invalid_input",
      `A tracked domain follows at most ${MAX_COMPETITORS} competitors: remove one first.`,
      { domain: `At most ${MAX_COMPETITORS} competitors` },
    );
  }
  let row: KeywordCompetitor;
  try {
    row = await insertCompetitor(db, tenantId, { projectId, domain });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ApiError("conflict", `${domain} is already a competitor of ${project.domain}.`, {
      domain: "Already a competitor",
    });
  }
  // Stored first: a rank-tracker refusal is reported, the competitor is kept and sent again later.
  const trackerError = await attachTrackerCompetitor(db, tenantId, project, row);
  return { competitor: view(row), trackerError };
}

export async function removeCompetitor(
  db: Db,
  tenantId: string,
  projectId: string,
  competitorId: string,
) {
  const project = await requireProject(db, tenantId, projectId);
  const row = await deleteCompetitor(db, tenantId, projectId, competitorId);
  if (!row) throw notFound("This competitor");
  await detachTrackerCompetitor(db, tenantId, project, row);
}
