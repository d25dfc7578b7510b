// GET /api/v1/prospect-lists/:listId/prospects — domains with metrics and verdicts (cursor pages).

import { listProspects } from "@/lib/public-api/operations/prospects";
import { publicRoute } from "@/lib/public-api/public-route";
import { decodeCursor, pageOf } from "@/lib/public-api/schemas";
import { listDetail } from "@/lib/services/prospects/list-detail";

export const GET = publicRoute(listProspects, async ({ db, tenant, params, query }) => {
  const { prospects } = await listDetail(db, tenant.id, params.listId);
  return pageOf(prospects, decodeCursor(query.cursor), query.limit);
});
