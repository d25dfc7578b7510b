// Client reports through the public API: list them, read one, and open one to people without a
// login through a share link (its URL is in the creating answer only).
// Server-only: the full zod (the browser bundle never sees the public API schemas).
import { z } from "zod";
import { createShareLinkSchema, REPORT_SECTIONS } from "@/lib/validations/reports";
import "@/lib/validations/zod-config";
import { operation } from "../operation";
import { isoDateTime, pageQuerySchema, pageSchema } from "../schemas";

const reportId = z.object({ reportId: z.uuid("Unknown report") });

export const reportSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  clientDomain: z.string(),
  monitorId: z.uuid().nullable(),
  projectId: z.uuid().nullable(),
  listId: z.uuid().nullable(),
  sections: z.array(z.enum(REPORT_SECTIONS)),
  recipients: z.array(z.string()),
  monthlyEmail: z.boolean(),
  nextEmailAt: isoDateTime().nullable(),
  updatedAt: isoDateTime(),
});

export const shareLinkSchema = z.object({
  id: z.uuid(),
  prefix: z.string().meta({ description: "The link's first characters, to tell links apart" }),
  expiresAt: isoDateTime(),
  revokedAt: isoDateTime().nullable(),
  createdAt: isoDateTime(),
  state: z.enum(["active", "expired", "revoked"]),
});

export const listReports = operation({
  id: "listReports",
  method: "GET",
  path: "/api/v1/reports",
  summary: "List the workspace's client reports (newest first)",
  tag: "Reports",
  scope: "read",
  query: pageQuerySchema,
  response: pageSchema(reportSchema),
});

export const getReport = operation({
  id: "getReport",
  method: "GET",
  path: "/api/v1/reports/{reportId}",
  summary: "One client report's settings",
  tag: "Reports",
  scope: "read",
  params: reportId,
  response: z.object({ report: reportSchema }),
});

export const createShareLink = operation({
  id: "createReportShareLink",
  method: "POST",
  path: "/api/v1/reports/{reportId}/share-links",
  summary:
    "Open a report read-only to people without a login; the URL is in this answer only (a replay of its Idempotency-Key answers 409)",
  tag: "Reports",
  scope: "write",
  params: reportId,
  body: createShareLinkSchema,
  // Only the link's digest is stored, so its URL must not be kept for Idempotency-Key replays.
  answerOnce: true,
  status: 201,
  response: z.object({
    link: shareLinkSchema,
    url: z.url().meta({ description: "The share URL: shown once, keep it now" }),
  }),
});

export const REPORT_OPERATIONS = [listReports, getReport, createShareLink];
