// Keyword projects through the public API: create, add and remove keywords, check, read.

// Server-only: the full zod (the browser bundle never sees the public API schemas).
import { z } from "zod";
import {
  createProjectSchema,
  MAX_KEYWORDS_PER_PASTE,
  tagsSchema,
} from "@/lib/validations/keywords";
import { textSchema } from "@/lib/validations/text";
import "@/lib/validations/zod-config";
import { operation } from "../operation";
import { isoDateTime, pageQuerySchema, pageSchema } from "../schemas";

const projectId = z.object({ projectId: z.uuid("Unknown keyword project") });
const keywordId = projectId.extend({ keywordId: z.uuid("Unknown keyword") });

export const projectSchema = z.object({
  id: z.uuid(),
  domain: z.string(),
  searchEngine: z.enum(["google", "bing", "yahoo"]),
  location: z.string(),
  scheduleEnabled: z.boolean(),
  createdAt: isoDateTime(),
});

export const checkSchema = z.object({
  id: z.uuid(),
  trigger: z.enum(["manual", "scheduled", "added"]),
  status: z.enum(["running", "done", "failed", "cancelled"]),
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  error: z.string().nullable(),
  checkedAt: isoDateTime(),
  finishedAt: isoDateTime().nullable(),
});

const change = z.union([z.number().int(), z.enum(["entered", "dropped"]), z.null()]);

export const rankingSchema = z.object({
  keywordId: z.uuid(),
  keyword: z.string(),
  tags: z.array(z.string()),
  status: z.enum(["ok", "failed", "never"]),
  position: z
    .number()
    .int()
    .nullable()
    .meta({ description: "null with status ok: not in the top 100" }),
  url: z.string().nullable(),
  volume: z.number().int().nullable(),
  checkedAt: isoDateTime().nullable(),
  change,
});

export const listProjects = operation({
  id: "listKeywordProjects",
  method: "GET",
  path: "/api/v1/keyword-projects",
  summary: "List the workspace's keyword projects",
  tag: "Keywords",
  scope: "read",
  query: pageQuerySchema,
  response: pageSchema(projectSchema.extend({ keywordCount: z.number().int() })),
});

export const createProject = operation({
  id: "createKeywordProject",
  method: "POST",
  path: "/api/v1/keyword-projects",
  summary: "Track a domain's keywords on a search engine and location",
  tag: "Keywords",
  scope: "write",
  body: createProjectSchema,
  status: 201,
  response: z.object({ project: projectSchema }),
});

export const getProject = operation({
  id: "getKeywordProject",
  method: "GET",
  path: "/api/v1/keyword-projects/{projectId}",
  summary: "One keyword project",
  tag: "Keywords",
  scope: "read",
  params: projectId,
  response: z.object({ project: projectSchema }),
});

export const addKeywords = operation({
  id: "addKeywords",
  method: "POST",
  path: "/api/v1/keyword-projects/{projectId}/keywords",
  summary:
    "Add keywords (each is checked once added); answers what was added and what was rejected",
  tag: "Keywords",
  scope: "write",
  params: projectId,
  body: z.object({
    keywords: z
      .array(
        textSchema().max(200, "A keyword is at most 200 characters"),
        "keywords must be a list",
      )
      .min(1, "Send at least one keyword")
      .max(MAX_KEYWORDS_PER_PASTE, `Send at most ${MAX_KEYWORDS_PER_PASTE} keywords at a time`),
    tags: tagsSchema.optional().default([]),
  }),
  bodyLimit: 256 * 1024,
  status: 201,
  response: z.object({
    added: z.array(z.object({ id: z.uuid(), keyword: z.string() })),
    rejected: z.array(
      z.object({ index: z.number().int(), keyword: z.string(), reason: z.string() }),
    ),
    check: checkSchema.nullable(),
  }),
});

export const removeKeyword = operation({
  id: "removeKeyword",
  method: "DELETE",
  path: "/api/v1/keyword-projects/{projectId}/keywords/{keywordId}",
  summary: "Stop tracking a keyword (its history goes with it)",
  tag: "Keywords",
  scope: "write",
  params: keywordId,
  status: 204,
});

export const startCheck = operation({
  id: "startKeywordCheck",
  method: "POST",
  path: "/api/v1/keyword-projects/{projectId}/checks",
  summary: "Check every keyword's position now (the schedule is not moved)",
  tag: "Keywords",
  scope: "write",
  params: projectId,
  status: 202,
  response: z.object({ check: checkSchema, started: z.boolean() }),
});

export const latestCheck = operation({
  id: "getLatestKeywordCheck",
  method: "GET",
  path: "/api/v1/keyword-projects/{projectId}/checks/latest",
  summary: "The latest check's progress (null before the first)",
  tag: "Keywords",
  scope: "read",
  params: projectId,
  response: z.object({ check: checkSchema.nullable() }),
});

export const listRankings = operation({
  id: "listRankings",
  method: "GET",
  path: "/api/v1/keyword-projects/{projectId}/rankings",
  summary: "Each keyword's latest position",
  tag: "Keywords",
  scope: "read",
  params: projectId,
  query: pageQuerySchema,
  response: pageSchema(rankingSchema),
});

export const keywordHistory = operation({
  id: "getKeywordHistory",
  method: "GET",
  path: "/api/v1/keyword-projects/{projectId}/keywords/{keywordId}/history",
  summary: "Every check of one keyword over the last `days` days",
  tag: "Keywords",
  scope: "read",
  params: keywordId,
  query: z.object({
    days: z.coerce
      .number("days must be a number")
      .int("days must be a whole number")
      .min(1, "days is at least 1")
      .max(730, "days is at most 730")
      .default(90),
  }),
  response: z.object({
    points: z.array(
      z.object({
        checkedAt: isoDateTime(),
        status: z.enum(["ok", "failed"]),
        position: z.number().int().nullable(),
      }),
    ),
  }),
});

export const KEYWORD_OPERATIONS = [
  listProjects,
  createProject,
  getProject,
  addKeywords,
  removeKeyword,
  startCheck,
  latestCheck,
  listRankings,
  keywordHistory,
];
