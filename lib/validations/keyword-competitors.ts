// Competitor and chart-event inputs, shared by the routes and the competitors form.
import {
  DEFAULT_LOCATION,
  domainSchema,
  locationSchema,
  projectParamsSchema,
  searchEngineSchema,
} from "./keywords";
import { z } from "./zod-config";

/** Competitor domains a tracked domain may follow (SE Ranking's own tracker allows as many). */
export const MAX_COMPETITORS = 5;

export const addCompetitorSchema = z.object({ domain: domainSchema });
export type AddCompetitorInput = z.input<typeof addCompetitorSchema>;

export const competitorParamsSchema = projectParamsSchema.extend({
  competitorId: z.uuid("Unknown competitor"),
});

const daysSchema = z.coerce
  .number("Days must be a number")
  .int("Days must be a whole number")
  .min(1, "Show at least 1 day")
  .max(366, "Show at most 366 days")
  .optional()
  .default(90);

/** One keyword's history beside its competitors'. */
export const competitorHistoryQuerySchema = z.object({
  keywordId: z.uuid("Choose a keyword"),
  days: daysSchema,
});

export const eventsQuerySchema = z.object({ days: daysSchema });

/** Another engine or location for a tracked domain (recorded as an event on its chart). */
export const changeTargetSchema = z.object({
  searchEngine: searchEngineSchema,
  location: locationSchema.optional().transform((v) => v ?? DEFAULT_LOCATION),
});
