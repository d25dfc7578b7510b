// DELETE /api/tenants/:tenant/alerts/endpoints/:endpointId — an admin removes an endpoint (rules stop naming it).
import { withTenant } from "@/lib/api/with-tenant";
import { removeEndpoint } from "@/lib/services/alerts/endpoints-service";
import { endpointParamsSchema } from "@/lib/validations/alerts";

export const DELETE = withTenant(
  { role: "admin", params: endpointParamsSchema },
  async ({ db, tenant, params }) => {
    await removeEndpoint(db, tenant.id, params.endpointId);
    return null;
  },
);
