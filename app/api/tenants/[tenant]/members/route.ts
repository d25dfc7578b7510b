// GET /api/tenants/:tenant/members — list members (any member). People join through invitations.
import { withTenant } from "@/lib/api/with-tenant";
import { listMembers } from "@/lib/db/queries/memberships";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  members: await listMembers(db, tenant.id),
}));
