// Prospect lists through the public API: create, add domains, fetch metrics, read the verdicts.
// Server-only: the full zod (the browser bundle never sees the public API schemas).
import { z } from "zod";
import {
  ADD_BODY_LIMIT,
  addDomainsSchema,
  createListSchema,
  startRunSchema,
} from "@/lib/validations/prospects";
import { operation } from "../operation";
import { isoDateTime, pageQuerySchema, pageSchema } from "../schemas";

const listId = z.object({ listId: z.uuid("Unknown prospect list") });

export const listSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  domains: z.number().int(),
  fetched: z.number().int(),
  createdAt: isoDateTime(),
});

export const runSchema = z.object({
  id: z.uuid(),
  /** interrupted: stopped midway (by a failure upstream); what it fetched is kept. */
  status: z.enum(["running", "done", "interrupted", "failed", "cancelled"]),
  mode: z.enum(["all", "failed"]),
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  cached: z.number().int(),
  estimatedCredits: z.number().nullable(),
  error: z.string().nullable(),
  startedAt: isoDateTime(),
  finishedAt: isoDateTime().nullable(),
});

export const prospectSchema = z.object({
  domain: z.string(),
  verdict: z.enum(["pass", "review", "reject"]).nullable(),
  reason: z.string(),
  trustFlow: z.number().nullable(),
  citationFlow: z.number().nullable(),
  domainInlinkRank: z.number().nullable(),
  inlinkRank: z.number().nullable(),
  ratio: z.number().nullable(),
  referringDomains: z.number().nullable(),
  totalBacklinks: z.number().nullable(),
  fetchedAt: isoDateTime().nullable(),
  tags: z.array(z.string()),
});

export const listLists = operation({
  id: "listProspectLists",
  method: "GET",
  path: "/api/v1/prospect-lists",
  summary: "List the workspace's prospect lists",
  tag: "Prospects",
  scope: "read",
  query: pageQuerySchema,
  response: pageSchema(listSchema),
});

export const createList = operation({
  id: "createProspectList",
  method: "POST",
  path: "/api/v1/prospect-lists",
  summary: "Create a prospect list",
  tag: "Prospects",
  scope: "write",
  body: createListSchema,
  status: 201,
  response: z.object({ list: listSchema }),
});

export const addDomains = operation({
  id: "addProspectDomains",
  method: "POST",
  path: "/api/v1/prospect-lists/{listId}/domains",
  summary: "Add domains (or URLs, reduced to their domain); answers what was added and rejected",
  tag: "Prospects",
  scope: "write",
  params: listId,
  body: addDomainsSchema,
  bodyLimit: ADD_BODY_LIMIT,
  response: z.object({
    added: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.array(z.object({ input: z.string(), reason: z.string() })),
    rejectedCount: z.number().int(),
    total: z.number().int(),
  }),
});

export const startRun = operation({
  id: "startProspectMetricsRun",
  method: "POST",
  path: "/api/v1/prospect-lists/{listId}/runs",
  summary: "Fetch the list's authority metrics (all domains, or the failed ones again)",
  tag: "Prospects",
  scope: "write",
  params: listId,
  body: startRunSchema,
  status: 202,
  response: z.object({ run: runSchema }),
});

export const latestRun = operation({
  id: "getLatestProspectMetricsRun",
  method: "GET",
  path: "/api/v1/prospect-lists/{listId}/runs/latest",
  summary: "The latest metrics fetch's progress (null before the first)",
  tag: "Prospects",
  scope: "read",
  params: listId,
  response: z.object({ run: runSchema.nullable() }),
});

export const listProspects = operation({
  id: "listProspects",
  method: "GET",
  path: "/api/v1/prospect-lists/{listId}/prospects",
  summary: "The list's domains with their metrics and verdicts",
  tag: "Prospects",
  scope: "read",
  params: listId,
  query: pageQuerySchema,
  response: pageSchema(prospectSchema),
});

export const PROSPECT_OPERATIONS = [
  listLists,
  createList,
  addDomains,
  startRun,
  latestRun,
  listProspects,
];
