// Backlink gap analyses through the public API: start one, follow it, read its rows.
// Server-only: the full zod (the browser bundle never sees the public API schemas).
import { z } from "zod";
import { gapDomainsSchema, gapFiltersQuerySchema } from "@/lib/validations/backlink-gap";
import { operation } from "../operation";
import { isoDateTime, pageQuerySchema } from "../schemas";

const gapId = z.object({ gapId: z.uuid("Unknown gap analysis") });

export const gapSchema = z.object({
  id: z.uuid(),
  domain: z.string(),
  competitors: z.array(z.string()),
  status: z.enum(["queued", "running", "done", "failed", "cancelled"]),
  done: z.number().int(),
  total: z.number().int(),
  failed: z.number().int(),
  error: z.string().nullable(),
  estimatedCredits: z.number().nullable(),
  createdAt: isoDateTime(),
  finishedAt: isoDateTime().nullable(),
});

export const gapRowSchema = z.object({
  domain: z.string(),
  authority: z.number().nullable(),
  competitors: z.array(z.string()),
  backlinks: z.number().int(),
  dofollowBacklinks: z.number().int(),
  dofollowShare: z.number(),
});

export const startGap = operation({
  id: "startBacklinkGap",
  method: "POST",
  path: "/api/v1/backlink-gaps",
  summary:
    "Start a backlink gap: referring domains of up to 10 competitors that do not link to your domain",
  tag: "Backlinks",
  scope: "write",
  body: gapDomainsSchema,
  status: 202,
  response: z.object({ gap: gapSchema }),
});

export const getGap = operation({
  id: "getBacklinkGap",
  method: "GET",
  path: "/api/v1/backlink-gaps/{gapId}",
  summary:
    "A gap analysis's progress and, once done, its rows under the filters (best first, at most 1,000)",
  tag: "Backlinks",
  scope: "read",
  params: gapId,
  query: gapFiltersQuerySchema.extend(pageQuerySchema.shape),
  response: z.object({
    gap: gapSchema,
    /** null until the analysis is done. */
    data: z.array(gapRowSchema).nullable(),
    matched: z.number().int().nullable(),
    nextCursor: z.string().nullable(),
  }),
});

export const GAP_OPERATIONS = [startGap, getGap];
