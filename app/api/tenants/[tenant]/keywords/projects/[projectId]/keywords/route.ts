// POST /api/tenants/:tenant/keywords/projects/:projectId/keywords — add pasted keywords; answers added and rejected lines, and the check of the added keywords.
import { withTenant } from "@/lib/api/with-tenant";
import { addAndCheckKeywords } from "@/lib/services/keywords/added-check";
import { addKeywordsSchema, projectParamsSchema } from "@/lib/validations/keywords";

export const POST = withTenant(
  { params: projectParamsSchema, body: addKeywordsSchema, bodyLimit: 256 * 1024 },
  async ({ db, tenant, params, body }) =>
    addAndCheckKeywords(db, tenant.id, params.projectId, body),
);
