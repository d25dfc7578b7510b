import "server-only";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { setTrackerKeywordIds, updateProject } from "@/lib/db/queries/keyword-projects";
import type { KeywordProject, TrackedKeyword } from "@/lib/db/schema";
import { normalizeDomain } from "@/lib/seranking/domain";
import type { ProjectApiClient } from "@/lib/seranking/project-api";
import {
  projectClientForTenant,
  tenantCapabilities,
  tenantDialect,
} from "@/lib/services/seranking/tenant-client";
import { matchSearchEngine } from "./engine-match";
import { trackerErrorText } from "./tracker-errors";

/** Where the positions come from when the rank tracker does not track the domain. */
async function fallbackText(db: Db, tenantId: string): Promise<string> {
  const meaning = (await tenantDialect(db, tenantId)).positionsMeaning;
  return meaning.kind === "database_monthly"
    ? "Positions come from SE Ranking's monthly database instead."
    : "Positions come from the connected SE Ranking API instead.";
}

const sameDomain = (a: string, b: string) => {
  const x = normalizeDomain(a);
  const y = normalizeDomain(b);
  return x.ok && y.ok && x.domain === y.domain;
};

/**
 * When the key can use the Project API, puts the project under SE Ranking's rank tracker: links
 * the site with this domain (or creates it), attaches the engine + location, and stores the ids.
 * Otherwise, or when that fails, the project stays on database positions with the reason. The
 * project row is already stored: a failure here never loses it.
 */
export async function attachTracker(
  db: Db,
  tenantId: string,
  project: KeywordProject,
): Promise<KeywordProject> {
  const apis = await tenantCapabilities(db, tenantId);
  if (!apis) return project; // a key saved before capabilities were recorded: nothing known
  const fallback = await fallbackText(db, tenantId);
  if (!apis.project) {
    const why = apis.projectReason ?? "the key cannot use SE Ranking's Project API";
    const note = `Not tracked by SE Ranking's rank tracker: ${why}. ${fallback}`;
    return (await updateProject(db, tenantId, project.id, { trackerNote: note })) ?? project;
  }
  try {
    const client = await projectClientForTenant(db, tenantId);
    const engine = matchSearchEngine(
      await client.searchEngineCatalogue(),
      project.searchEngine,
      project.location,
    );
    if (!engine) {
      const note = `SE Ranking's rank tracker has no ${project.searchEngine} engine for ${project.location}. ${fallback}`;
      return (await updateProject(db, tenantId, project.id, { trackerNote: note })) ?? project;
    }
    const existing = (await client.listSites()).find((s) => sameDomain(s.url, project.domain));
    const siteId =
      existing?.id ?? (await client.createSite({ url: project.domain, title: project.domain }));
    const attached = (await client.listSiteEngines(siteId)).find(
      (e) =>
        e.search_engine_id === engine.searchEngineId &&
        (e.region_name ?? undefined) === engine.regionName,
    );
    const siteEngineId = attached?.site_engine_id ?? (await client.addSiteEngine(siteId, engine));
    const updated = await updateProject(db, tenantId, project.id, {
      seSiteId: siteId,
      seSiteEngineId: siteEngineId,
      trackerNote: null,
    });
    return updated ?? project;
  } catch (error) {
    const note = `SE Ranking's rank tracker could not take this domain: ${trackerErrorText(error)}. ${fallback}`;
    return (await updateProject(db, tenantId, project.id, { trackerNote: note })) ?? project;
  }
}

/**
 * Adds keywords the tracker does not have yet and records their ids. Returns the failure text,
 * or null. The keywords stay stored either way; ones without a tracker id are sent again at the
 * next check.
 */
export async function pushKeywords(
  db: Db,
  tenantId: string,
  project: KeywordProject,
  keywords: readonly TrackedKeyword[],
  client?: ProjectApiClient,
): Promise<string | null> {
  if (project.seSiteId === null || project.seSiteEngineId === null) return null;
  const missing = keywords.filter((k) => k.seKeywordId === null);
  if (missing.length === 0) return null;
  try {
    const c = client ?? (await projectClientForTenant(db, tenantId));
    const added = await c.addKeywords(
      project.seSiteId,
      missing.map((k) => k.keyword),
      project.seSiteEngineId,
    );
    const byText = new Map(added.map((a) => [a.keyword.trim().toLowerCase(), a.id]));
    const ids = missing.flatMap((k) => {
      const seKeywordId = byText.get(k.keyword.trim().toLowerCase());
      return seKeywordId === undefined ? [] : [{ id: k.id, seKeywordId }];
    });
    await setTrackerKeywordIds(db, tenantId, ids);
    for (const { id, seKeywordId } of ids) {
      const k = missing.find((m) => m.id === id);
      if (k) k.seKeywordId = seKeywordId;
    }
    return null;
  } catch (error) {
    return trackerErrorText(error);
  }
}

/**
 * Removes keywords from the tracker before they are deleted here. A failure refuses the delete
 * (nothing is deleted), so the tracker never keeps keywords the app has forgotten.
 */
export async function removeFromTracker(
  db: Db,
  tenantId: string,
  project: KeywordProject,
  keywords: readonly TrackedKeyword[],
): Promise<void> {
  const ids = keywords.flatMap((k) => (k.seKeywordId === null ? [] : [k.seKeywordId]));
  if (project.seSiteId === null || ids.length === 0) return;
  try {
    const client = await projectClientForTenant(db, tenantId);
    await client.deleteKeywords(project.seSiteId, ids);
  } catch (error) {
    throw new ApiError(
      "upstream_unavailable",
      `Nothing was deleted: ${trackerErrorText(error)}. Try again.`,
    );
  }
}
