// POST /api/v1/reports/:reportId/share-links — a share link for a report; its URL is answered once.
import { appOrigin } from "@/lib/api/same-origin";
import { writeAudit } from "@/lib/db/queries/audit";
import { createShareLink } from "@/lib/public-api/operations/reports";
import { publicRoute } from "@/lib/public-api/public-route";
import { createShareLink as create } from "@/lib/services/reports/share-links";

export const POST = publicRoute(
  createShareLink,
  async ({ req, db, tenant, token, params, body }) => {
    const { link, token: secret } = await create(db, tenant.id, params.reportId, {
      expiresInDays: body.expiresInDays,
      createdBy: null,
    });
    // Who opened a report to people without a login: here a token (the prefix, never the link's secret).
    await writeAudit(db, tenant.id, {
      actorUserId: null,
      action: "report.share_link_created",
      target: link.prefix,
      details: { reportId: params.reportId, expiresAt: link.expiresAt, tokenId: token.id },
    });
    return { link, url: `${appOrigin(req)}/r/${secret}` };
  },
);
