// Reply shapes of SE Ranking's Project API written from the reference alone
// (../shared/spec/seranking-project-api.md), NOT from the client: tests hold the simulator's
// replies to these, so a simulator that drifts from the reference fails even if the client
// (with its own, more tolerant schemas) would still accept it. Strict objects where the
// reference lists the fields.
import { z } from "zod";

const int = z.number().int();
/** "Numeric ids may arrive as strings" (§5): either is the reference's shape. */
const idish = z.union([int, z.string().regex(/^\d+$/)]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** §3 GET /sites: a bare array; field types per the DOC-PM table. */
export const refSites = z.array(
  z.strictObject({
    id: int,
    title: z.string(),
    name: z.string(),
    group_id: int,
    is_active: z.union([z.literal(0), z.literal(1)]),
    exact_url: int,
    subdomain_match: int,
    depth: int,
    check_freq: z.enum(["check_daily", "check_1in3", "check_weekly", "check_monthly", "manual"]),
    check_day: int.nullable(),
    guest_link: z.string(),
    keyword_count: int,
  }),
);

/** §3 POST /sites → {"site_id": <int>}. */
export const refCreateSite = z.strictObject({ site_id: int });

/** §4 GET /system/search-engines: {id, name, region_id, type}. */
export const refCatalogue = z.array(
  z.strictObject({ id: int, name: z.string(), region_id: int, type: z.string() }),
);

/** §4 GET /sites/{id}/search-engines (3P full row). */
export const refSiteEngines = z.array(
  z.object({
    site_engine_id: int,
    search_engine_id: int,
    region_name: z.string().nullable(),
    lang_code: z.string(),
    merge_map: int,
  }),
);

/** §4 POST /sites/{id}/search-engines: a reply carrying site_engine_id. */
export const refAddSiteEngine = z.object({ site_engine_id: int });

/** §5 GET /sites/{id}/keywords. */
export const refKeywords = z.array(
  z.object({
    id: idish,
    name: z.string(),
    group_id: idish,
    link: z.string().nullable(),
    tags: z.array(z.unknown()),
    site_engine_ids: z.array(int),
  }),
);

/** §6 GET /sites/{id}/positions: a bare array of engine blocks; pos 0 = not found. */
export const refPositions = (withLandingPages: boolean) =>
  z.array(
    z.strictObject({
      site_engine_id: int,
      keywords: z.array(
        z
          .object({
            id: idish,
            name: z.string(),
            positions: z.array(
              z.object({ date: isoDate, pos: int.min(0), change: int, depth: int }),
            ),
            ...(withLandingPages && {
              landing_pages: z.array(z.object({ date: isoDate, url: z.string() })),
            }),
          })
          .refine(
            (k) => withLandingPages || !("landing_pages" in k),
            "landing_pages only with with_landing_pages=1",
          ),
      ),
    }),
  );

/** §2 the error envelope (429 and the 403 variants). */
export const refErrorEnvelope = z.strictObject({
  error: z.strictObject({ code: int, message: z.string(), description: z.string() }),
});
