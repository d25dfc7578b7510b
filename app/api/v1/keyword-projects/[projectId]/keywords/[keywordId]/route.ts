// DELETE /api/v1/keyword-projects/:projectId/keywords/:keywordId — stop tracking a keyword.

import { removeKeyword } from "@/lib/public-api/operations/keywords";
import { publicRoute } from "@/lib/public-api/public-route";
import { stopTrackingKeyword } from "@/lib/services/keywords/delete-service";

export const DELETE = publicRoute(removeKeyword, async ({ db, tenant, params }) => {
  await stopTrackingKeyword(db, tenant.id, params.projectId, params.keywordId);
  return null;
});
