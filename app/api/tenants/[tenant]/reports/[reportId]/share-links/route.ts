// GET|POST /api/tenants/:tenant/reports/:reportId/share-links — a report's links; make one (its token is shown once).
import { withTenant } from "@/lib/api/with-tenant";
import { writeAudit } from "@/lib/db/queries/audit";
import { createShareLink, listShareLinks } from "@/lib/services/reports/share-links";
import { createShareLinkSchema, reportParamsSchema } from "@/lib/validations/reports";

export const GET = withTenant(
  { role: "marketer", params: reportParamsSchema },
  async ({ db, tenant, params }) => ({
    links: await listShareLinks(db, tenant.id, params.reportId),
  }),
);

export const POST = withTenant(
  { role: "marketer", params: reportParamsSchema, body: createShareLinkSchema },
  async ({ db, tenant, params, body, userId }) => {
    const { link, token } = await createShareLink(db, tenant.id, params.reportId, {
      expiresInDays: body.expiresInDays,
      createdBy: userId,
    });
    // Who opened a report to people without a login (the prefix, never the token).
    await writeAudit(db, tenant.id, {
      actorUserId: userId,
      action: "report.share_link_created",
      target: link.prefix,
      details: { reportId: params.reportId, expiresAt: link.expiresAt },
    });
    return Response.json({ link, token, path: `/r/${token}` }, { status: 201 });
  },
);
