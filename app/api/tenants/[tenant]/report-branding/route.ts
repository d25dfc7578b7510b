// GET|PUT /api/tenants/:tenant/report-branding — the logo and colour on client reports; set them (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { readBranding, saveBranding } from "@/lib/services/reports/branding";
import { brandingSchema } from "@/lib/validations/reports";

export const GET = withTenant({ role: "marketer" }, async ({ db, tenant }) => ({
  branding: await readBranding(db, tenant.id),
}));

// A 200 KB logo is ~270 KB of base64 in the JSON body.
export const PUT = withTenant(
  { role: "admin", body: brandingSchema, bodyLimit: 300_000 },
  async ({ db, tenant, body }) => ({ branding: await saveBranding(db, tenant.id, body) }),
);
