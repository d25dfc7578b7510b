// POST /api/tenants/:tenant/alerts/endpoints — an admin adds a webhook endpoint; the answer
// carries its signing secret this once.
import { withTenant } from "@/lib/api/with-tenant";
import { createEndpoint } from "@/lib/services/alerts/endpoints-service";
import { endpointSchema } from "@/lib/validations/alerts";

export const POST = withTenant(
  { role: "admin", body: endpointSchema },
  async ({ db, tenant, body }) =>
    Response.json(await createEndpoint(db, tenant.id, body), { status: 201 }),
);
