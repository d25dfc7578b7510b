// PATCH /api/tenants/:tenant/monitoring/:monitorId/lost-links/:changeId — mark a lost link followed up, dismissed or open.
import { ApiError, notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { findChange, setFollowUp } from "@/lib/db/queries/backlink-changes";
import { followUpSchema, lostLinkParamsSchema } from "@/lib/validations/monitoring";

export const PATCH = withTenant(
  { role: "marketer", params: lostLinkParamsSchema, body: followUpSchema },
  async ({ db, tenant, params, body, userId }) => {
    const found = await findChange(db, tenant.id, params.changeId);
    if (!found || found.monitorId !== params.monitorId) throw notFound("This lost link");
    if (found.change.kind !== "link" || found.change.type !== "lost") {
      throw new ApiError("conflict", "Only lost links can be followed up.");
    }
    await setFollowUp(db, tenant.id, params.changeId, body.status, userId);
    return { id: params.changeId, followUp: body.status };
  },
);
