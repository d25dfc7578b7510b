import "server-only";
import { ApiError, isUniqueViolation, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { historyFor, latestRun } from "@/lib/db/queries/keyword-checks";
import {
  countKeywords,
  findProject,
  insertKeywords,
  insertProject,
  listKeywords,
} from "@/lib/db/queries/keyword-projects";
import { keywordRankings } from "@/lib/db/queries/keyword-rankings";
import type { KeywordProject } from "@/lib/db/schema";
import { tenantCapabilities, tenantDialect } from "@/lib/services/seranking/tenant-client";
import {
  type addKeywordsSchema,
  cleanKeyword,
  type createProjectSchema,
  keywordKey,
  MAX_KEYWORDS_PER_PROJECT,
  parseKeywordLines,
  type RejectedLine,
} from "@/lib/validations/keywords";
import type { z } from "@/lib/validations/zod-config";
import { positionsView } from "./positions-view";
import { toRankingView } from "./rankings";
import { initialSchedule } from "./schedule/initial-schedule";
import { pushSiteSchedule } from "./tracker/tracker-schedule";
import { attachTracker, pushKeywords } from "./tracker/tracker-setup";

export async function createProject(
  db: Db,
  tenantId: string,
  input: z.output<typeof createProjectSchema>,
  now: Date = new Date(),
) {
  // Refused up front rather than as a failed check every day: the connected API cannot answer.
  // SE Ranking's rank tracker (when the key can use it) has every engine and location.
  const tracker = (await tenantCapabilities(db, tenantId))?.project === true;
  const problem = tracker
    ? null
    : (await tenantDialect(db, tenantId)).keywordTargetProblem?.(input);
  if (problem) {
    throw new ApiError("invalid_input", `${problem.message}.`, {
      [problem.field]: problem.message,
    });
  }
  let project: KeywordProject;
  try {
    // Daily at the time of creation, first a day later; "Check now" gives one at once.
    project = await insertProject(db, tenantId, {
      ...input,
      ...(await initialSchedule(db, tenantId, now)),
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ApiError(
      "conflict",
      `${input.domain} is already tracked on ${input.searchEngine} in ${input.location}.`,
      { domain: "Already tracked with this engine and location" },
    );
  }
  // Stored first: whatever SE Ranking's rank tracker answers, the project is not lost.
  const attached = await attachTracker(db, tenantId, project);
  // A site is created checking daily (check_daily); a project created without scheduled checks
  // says so to SE Ranking too, or reading the site would turn its checks on.
  if (!attached.scheduleEnabled) {
    await pushSiteSchedule(db, tenantId, attached, attached).catch(() => undefined);
  }
  return attached;
}

export async function requireProject(db: Db, tenantId: string, projectId: string) {
  const project = await findProject(db, tenantId, projectId);
  if (!project) throw notFound("This tracked domain");
  return project;
}

/** Bulk add from a paste: returns what was added and every rejected line with its reason. */
export async function addKeywords(
  db: Db,
  tenantId: string,
  projectId: string,
  input: z.output<typeof addKeywordsSchema>,
) {
  const project = await requireProject(db, tenantId, projectId);
  const { accepted, rejected } = parseKeywordLines(input.text);
  const lineOf = new Map<string, number>();
  input.text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const key = keywordKey(cleanKeyword(raw));
    if (!lineOf.has(key)) lineOf.set(key, i + 1);
  });
  const existing = new Set(
    (await listKeywords(db, tenantId, projectId)).map((k) => keywordKey(k.keyword)),
  );
  const fresh: string[] = [];
  const more: RejectedLine[] = [];
  for (const keyword of accepted) {
    const line = lineOf.get(keywordKey(keyword)) ?? 0;
    if (existing.has(keywordKey(keyword))) {
      more.push({ line, text: keyword, reason: "Already tracked" });
    } else fresh.push(keyword);
  }
  const room = MAX_KEYWORDS_PER_PROJECT - (await countKeywords(db, tenantId, projectId));
  for (const keyword of fresh.splice(Math.max(room, 0))) {
    more.push({
      line: lineOf.get(keywordKey(keyword)) ?? 0,
      text: keyword,
      reason: `A tracked domain holds at most ${MAX_KEYWORDS_PER_PROJECT} keywords`,
    });
  }
  if (fresh.length === 0 && rejected.length + more.length === 0) {
    throw new ApiError("invalid_input", "Paste at least one keyword, one per line.", {
      text: "Paste at least one keyword, one per line",
    });
  }
  const added = await insertKeywords(db, tenantId, projectId, fresh, input.tags);
  // Stored first; a tracker failure is reported and the keywords are sent at the next check.
  const trackerError = await pushKeywords(db, tenantId, project, added);
  return {
    added: added.map((k) => ({ id: k.id, keyword: k.keyword })),
    rejected: [...rejected, ...more].sort((a, b) => a.line - b.line),
    trackerError: trackerError
      ? `${trackerError}. The keywords are saved and are sent to the rank tracker at the next check.`
      : null,
  };
}

export async function projectRankings(db: Db, tenantId: string, projectId: string) {
  const project = await requireProject(db, tenantId, projectId);
  const [records, run] = await Promise.all([
    keywordRankings(db, tenantId, projectId),
    latestRun(db, tenantId, projectId),
  ]);
  const meaning = (await tenantDialect(db, tenantId)).positionsMeaning;
  const positions = positionsView(project, meaning, run?.checkedAt ?? null);
  return { project, keywords: records.map(toRankingView), latestRun: run ?? null, positions };
}

/** A chart point: when the check ran, and each keyword's position (null: not ranked or failed). */
export type HistoryPoint = { checkedAt: string } & Record<string, number | null | string>;

/** Chart data: one point per check, a column per keyword, null where not ranked or failed. */
export async function keywordHistory(
  db: Db,
  tenantId: string,
  projectId: string,
  keywordIds: string[],
  since: Date,
) {
  await requireProject(db, tenantId, projectId);
  const rows = await historyFor(db, tenantId, projectId, keywordIds, since);
  const points = new Map<string, HistoryPoint>();
  for (const row of rows) {
    const at = new Date(row.checkedAt).toISOString();
    const point: HistoryPoint = points.get(at) ?? { checkedAt: at };
    point[row.keywordId] = row.status === "ok" ? row.position : null;
    points.set(at, point);
  }
  return { points: [...points.values()] };
}
