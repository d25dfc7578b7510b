// Input rules of the Project API as the reference states them (seranking-project-api.md): the
// keyword-add body is an array, the create-site body an object or an array, `keywords_ids[]`
// needs its brackets, and a body where none belongs is a 400.
import { z } from "zod";
import { parseOr400 } from "../dialects/provider-v3-params";
import type { RouteContext } from "../dialects/types";
import { isPlausibleDomain, normalizeDomain } from "../domain-name";
import { ApiError } from "../http-io";
import { scheduleFields } from "./site-schedule";

const RESERVED = /^(example\.(com|org|net)|localhost)$/;

export const newSiteBody = z.object({
  url: z.string().trim().min(1, "is required"),
  title: z.string().trim().min(1, "is required").max(255),
  depth: z.union([z.literal(100), z.literal(200)]).optional(),
  ...scheduleFields,
});

export const newEngineBody = z.object({
  search_engine_id: z.coerce.number().int(),
  region_name: z.string().nullish(),
  lang_code: z.string().optional(),
});

const newKeyword = z.object({
  keyword: z.string().trim().min(1, "is required"),
  target_url: z.string().optional(),
  site_engine_ids: z.array(z.coerce.number().int()).optional(),
});

export const recheckBody = z.union([
  z.object({
    keywords: z.array(z.object({ site_engine_id: z.number(), keyword_id: z.number() })),
  }),
  z.object({ site_engine_id: z.coerce.number().int().optional() }),
]);

export function siteUrl(input: string): string {
  const domain = normalizeDomain(input);
  if (!isPlausibleDomain(domain) || RESERVED.test(domain)) {
    throw new ApiError(400, "Incorrect website URL");
  }
  return domain;
}

/** POST /sites: one object, or the docs' example array of one. */
export function readNewSite(ctx: RouteContext) {
  const body = ctx.json();
  return parseOr400(newSiteBody, Array.isArray(body) ? body[0] : body);
}

/** POST /sites/{id}/keywords: the body must be a JSON array of keyword objects. */
export function readNewKeywords(ctx: RouteContext) {
  const body = ctx.json();
  if (!Array.isArray(body)) throw new ApiError(400, "The body must be a JSON array of keywords");
  return parseOr400(z.array(newKeyword).min(1, "must list at least one keyword"), body);
}

/** DELETE /sites/{id}/keywords?keywords_ids[]=1&keywords_ids[]=2: brackets required, no body. */
export function readKeywordIds(ctx: RouteContext): number[] {
  refuseBody(ctx);
  if (ctx.query.has("keywords_ids")) {
    throw new ApiError(
      400,
      "keywords_ids must be sent as an array: keywords_ids[]=1&keywords_ids[]=2",
    );
  }
  const ids = ctx.query.getAll("keywords_ids[]").map(Number);
  if (ids.length === 0 || ids.some((id) => !Number.isInteger(id))) {
    throw new ApiError(400, "keywords_ids[] is required");
  }
  return ids;
}

export function refuseBody(ctx: RouteContext): void {
  if (ctx.rawBody.trim() !== "") throw new ApiError(400, "This request does not take a body");
}

export const positionsQuery = z.object({
  site_engine_id: z.coerce.number().int().optional(),
  date_from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .optional(),
  date_to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .optional(),
  with_landing_pages: z.enum(["0", "1"]).optional(),
  in_top: z.coerce.number().int().optional(),
});
