// POST /api/tenants/:tenant/alerts/endpoints/:endpointId/test — an admin sends a signed test
// payload now; the answer is the delivery with the receiver's status code.
import { withTenant } from "@/lib/api/with-tenant";
import { sendTestDelivery } from "@/lib/services/alerts/endpoints-service";
import { endpointParamsSchema } from "@/lib/validations/alerts";

export const POST = withTenant(
  { role: "admin", params: endpointParamsSchema },
  async ({ db, tenant, params }) => ({
    delivery: await sendTestDelivery(db, tenant.id, params.endpointId),
  }),
);
