// PATCH|DELETE /api/tenants/:tenant/keywords/projects/:projectId/keywords/:keywordId — replace a keyword's tags; stop tracking it (and its history).
import { notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { updateKeywordTags } from "@/lib/db/queries/keyword-projects";
import { stopTrackingKeyword } from "@/lib/services/keywords/delete-service";
import { keywordParamsSchema, updateKeywordSchema } from "@/lib/validations/keywords";

export const PATCH = withTenant(
  { params: keywordParamsSchema, body: updateKeywordSchema },
  async ({ db, tenant, params, body }) => {
    const keyword = await updateKeywordTags(
      db,
      tenant.id,
      params.projectId,
      params.keywordId,
      body.tags,
    );
    if (!keyword) throw notFound("This keyword");
    return { keyword };
  },
);

export const DELETE = withTenant(
  { params: keywordParamsSchema },
  async ({ db, tenant, params }) => {
    await stopTrackingKeyword(db, tenant.id, params.projectId, params.keywordId);
    return null;
  },
);
