// GET /api/v1/backlinks/summary?domain= — a domain's backlink summary (cached like the app's page).

import { summary } from "@/lib/public-api/operations/backlinks";
import { publicRoute } from "@/lib/public-api/public-route";
import { backlinksSummary } from "@/lib/services/backlinks/backlinks-service";

export const GET = publicRoute(summary, async ({ db, tenant, query }) => {
  const reply = await backlinksSummary(db, tenant.id, query.domain);
  const s = reply.summary;
  return {
    summary: {
      domain: s.domain,
      totalBacklinks: s.totalBacklinks,
      referringDomains: s.referringDomains,
      referringIps: s.referringIPs,
      dofollowLinks: s.doFollowLinks,
      nofollowLinks: s.noFollowLinks,
      trustFlow: s.trustFlow,
      citationFlow: s.citationFlow,
      domainInlinkRank: s.domainInlinkRank ?? null,
      inlinkRank: s.inlinkRank ?? null,
    },
    fetchedAt: reply.fetchedAt,
    fromCache: reply.fromCache,
  };
});
