// GET /api/v1/backlink-gaps/:gapId?minCompetitors=&minAuthority=&dofollowOnly=&excludeTlds=&excludeDomains=&cursor=&limit=

import { getGap } from "@/lib/public-api/operations/gaps";
import { publicRoute } from "@/lib/public-api/public-route";
import { decodeCursor, pageOf } from "@/lib/public-api/schemas";
import { gapApiView } from "@/lib/public-api/views/gaps";
import { gapResult, requireGap } from "@/lib/services/backlinks/gap/gap-service";

export const GET = publicRoute(getGap, async ({ db, tenant, params, query }) => {
  const { cursor, limit, ...filters } = query;
  const offset = decodeCursor(cursor);
  const [row, result] = await Promise.all([
    requireGap(db, tenant.id, params.gapId),
    gapResult(db, tenant.id, params.gapId, filters),
  ]);
  if (!result.result) return { gap: gapApiView(row), data: null, matched: null, nextCursor: null };
  const page = pageOf(result.result.rows, offset, limit);
  return {
    gap: gapApiView(row),
    data: page.data,
    matched: result.result.matched,
    nextCursor: page.nextCursor,
  };
});
