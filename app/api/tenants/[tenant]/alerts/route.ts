// GET /api/tenants/:tenant/alerts — rules, endpoints (host only) and the delivery log. Every member
// may read them; only admins change them (./rules, ./endpoints).
import { withTenant } from "@/lib/api/with-tenant";
import { alertsView } from "@/lib/services/alerts/alerts-view";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  alerts: await alertsView(db, tenant.id),
}));
