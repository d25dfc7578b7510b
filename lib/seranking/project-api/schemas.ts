// Reply schemas of SE Ranking's Project API (seranking-project-api.md). Tolerant where the
// reference is: ids may arrive as numeric strings ("id":"53" in older docs), extra fields pass,
// and replies the reference does not establish (keyword add, recheck) are not assumed.
import { z } from "zod";

/** An integer id sent as a number or a numeric string. */
export const wireId = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);
const flag = z.union([z.number(), z.string(), z.boolean()]).optional();

/** GET /sites: a bare array; `name` is the site URL, `title` the project name (§3). */
export const sitesReplySchema = z.array(
  z.object({
    id: wireId,
    title: z.string().nullish(),
    name: z.string(),
    is_active: flag,
    check_freq: z.string().nullish(),
    // 1–7 (Mon=1) when weekly, 1–31 when monthly, else null (§3).
    check_day: wireId.nullish(),
    keyword_count: z.union([z.number(), z.string()]).nullish(),
  }),
);

/** POST /sites → {"site_id": <int>} (§3). */
export const createSiteReplySchema = z.object({ site_id: wireId });

/** GET /system/search-engines: the global catalogue {id, name, region_id, type} (§4). */
export const searchEngineCatalogueSchema = z.array(
  z.object({
    id: wireId,
    name: z.string(),
    region_id: wireId.nullish(),
    type: z.string().nullish(),
  }),
);

/** GET /sites/{id}/search-engines: engines attached; site_engine_id is project-local (§4). */
export const siteEnginesReplySchema = z.array(
  z.object({
    site_engine_id: wireId,
    search_engine_id: wireId,
    region_name: z.string().nullish(),
    lang_code: z.string().nullish(),
  }),
);

/** POST /sites/{id}/search-engines → a reply carrying site_engine_id (§4, HMCP). */
export const addSiteEngineReplySchema = z.object({ site_engine_id: wireId });

/** GET /sites/{id}/keywords: {id, name, ...}; `name` is the keyword text (§5). */
export const keywordsReplySchema = z.array(
  z.object({
    id: wireId,
    name: z.string(),
    group_id: wireId.nullish(),
    link: z.string().nullish(),
  }),
);

/** POST keywords / recheck / DELETE keywords: the reference gives no reply shape. */
export const unestablishedReplySchema = z.unknown();

const positionEntry = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  // 0 = not found within the project's depth (§6).
  pos: z.union([z.number().int().min(0), z.string().regex(/^\d+$/).transform(Number)]),
  change: z.union([z.number(), z.string()]).nullish(),
});

/** GET /sites/{id}/positions: a bare array, one block per engine (§6). */
export const positionsReplySchema = z.array(
  z.object({
    site_engine_id: wireId,
    keywords: z.array(
      z.object({
        id: wireId,
        name: z.string(),
        volume: z.number().nullish(),
        positions: z.array(positionEntry),
        // Only with with_landing_pages=1.
        landing_pages: z.array(z.object({ date: z.string(), url: z.string().nullish() })).nullish(),
      }),
    ),
  }),
);
