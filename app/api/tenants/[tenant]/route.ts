// GET /api/tenants/:tenant — the workspace and the caller's role in it.
// PATCH /api/tenants/:tenant — an admin changes its settings (time zone).
import { withTenant } from "@/lib/api/with-tenant";
import { updateWorkspace, workspaceView } from "@/lib/services/workspace";
import { updateWorkspaceSchema } from "@/lib/validations/workspace";

export const GET = withTenant({}, ({ tenant, role }) => ({
  tenant: workspaceView(tenant),
  role,
}));

export const PATCH = withTenant(
  { role: "admin", body: updateWorkspaceSchema },
  async ({ db, tenant, userId, body }) => ({
    tenant: await updateWorkspace(db, tenant, userId, body),
  }),
);
