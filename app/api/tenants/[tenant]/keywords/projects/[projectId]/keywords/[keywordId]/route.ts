// PATCH|DELETE /api/tenants/:tenant/keywords/projects/:projectId/keywords/:keywordId — replace a keyword's tags; stop tracking it (and its history).
import { notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { deleteKeywords, updateKeywordTags } from "@/lib/db/queries/keyword-projects";
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
    const removed = await deleteKeywords(db, tenant.id, params.projectId, [params.keywordId]);
    if (!removed) throw notFound("This keyword");
    return null;
  },
);
