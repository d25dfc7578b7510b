// GET|POST /api/tenants/:tenant/members — list members (any member); add one (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { listMembers } from "@/lib/db/queries/memberships";
import { addMember } from "@/lib/services/members";
import { addMemberSchema } from "@/lib/validations/members";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  members: await listMembers(db, tenant.id),
}));

export const POST = withTenant(
  { role: "admin", body: addMemberSchema },
  async ({ db, tenant, userId, body }) => {
    const member = await addMember(db, { tenantId: tenant.id, actorUserId: userId }, body);
    return Response.json({ member }, { status: 201 });
  },
);
