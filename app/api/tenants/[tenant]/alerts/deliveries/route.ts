// GET /api/tenants/:tenant/alerts/deliveries — the delivery log (newest 50), for every member.
import { withTenant } from "@/lib/api/with-tenant";
import { deliveriesView } from "@/lib/services/alerts/alerts-view";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  deliveries: await deliveriesView(db, tenant.id),
}));
