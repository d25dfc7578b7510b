// GET /api/v1/backlinks?domain=&sort=&dofollow=&limit=&cursor= — a domain's backlinks page by page.

import { list } from "@/lib/public-api/operations/backlinks";
import { publicRoute } from "@/lib/public-api/public-route";
import { decodeCursor, encodeCursor } from "@/lib/public-api/schemas";
import { backlinksPage } from "@/lib/services/backlinks/backlinks-service";

export const GET = publicRoute(list, async ({ db, tenant, query }) => {
  // The cursor is the offset; pages are whole pages of `limit`, as the app's table asks for them.
  const offset = decodeCursor(query.cursor);
  const page = Math.floor(offset / query.limit) + 1;
  const reply = await backlinksPage(db, tenant.id, {
    domain: query.domain,
    page,
    limit: query.limit,
    sort: query.sort,
    dofollow: query.dofollow === "true",
  });
  return {
    data: reply.rows.map((r) => ({
      sourceUrl: r.sourceUrl,
      targetUrl: r.targetUrl,
      anchorText: r.anchorText,
      nofollow: r.isNoFollow,
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      trustFlow: r.trustFlow,
      citationFlow: r.citationFlow,
      domainInlinkRank: r.domainInlinkRank ?? null,
      inlinkRank: r.inlinkRank ?? null,
    })),
    // The list has no count: a full page may have more behind it, a short page is the end.
    nextCursor: reply.rows.length === query.limit ? encodeCursor(page * query.limit) : null,
    fetchedAt: reply.fetchedAt,
    fromCache: reply.fromCache,
  };
});
