// PATCH|DELETE /api/tenants/:tenant/reports/:reportId/share-links/:linkId — move a link's expiry; revoke it.
import { withTenant } from "@/lib/api/with-tenant";
import { writeAudit } from "@/lib/db/queries/audit";
import { revokeShareLink, setShareLinkExpiry } from "@/lib/services/reports/share-links";
import { shareLinkParamsSchema, updateShareLinkSchema } from "@/lib/validations/reports";

export const PATCH = withTenant(
  { role: "marketer", params: shareLinkParamsSchema, body: updateShareLinkSchema },
  async ({ db, tenant, params, body }) => ({
    link: await setShareLinkExpiry(db, tenant.id, params.reportId, params.linkId, body.expiresAt),
  }),
);

// Revoked, not deleted: the list keeps showing that the link existed and when it stopped.
export const DELETE = withTenant(
  { role: "marketer", params: shareLinkParamsSchema },
  async ({ db, tenant, params, userId }) => {
    const link = await revokeShareLink(db, tenant.id, params.reportId, params.linkId);
    await writeAudit(db, tenant.id, {
      actorUserId: userId,
      action: "report.share_link_revoked",
      target: link.prefix,
      details: { reportId: params.reportId },
    });
    return { link };
  },
);
