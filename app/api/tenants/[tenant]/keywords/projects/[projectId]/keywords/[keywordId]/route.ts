// DELETE /api/tenants/:tenant/keywords/projects/:projectId/keywords/:keywordId — stop tracking a keyword (and its history).
import { notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { deleteKeywords } from "@/lib/db/queries/keyword-projects";
import { keywordParamsSchema } from "@/lib/validations/keywords";

export const DELETE = withTenant(
  { params: keywordParamsSchema },
  async ({ db, tenant, params }) => {
    const removed = await deleteKeywords(db, tenant.id, params.projectId, [params.keywordId]);
    if (!removed) throw notFound("This keyword");
    return null;
  },
);
