// POST /api/tenants/:tenant/keywords/projects/:projectId/keywords — add pasted keywords; answers added and rejected lines.
import { withTenant } from "@/lib/api/with-tenant";
import { addKeywords } from "@/lib/services/keywords/project-service";
import { addKeywordsSchema, projectParamsSchema } from "@/lib/validations/keywords";

export const POST = withTenant(
  { params: projectParamsSchema, body: addKeywordsSchema, bodyLimit: 256 * 1024 },
  async ({ db, tenant, params, body }) => addKeywords(db, tenant.id, params.projectId, body),
);
