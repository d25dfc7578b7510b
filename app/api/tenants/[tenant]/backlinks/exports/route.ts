// GET /api/tenants/:tenant/backlinks/exports?domain= — the workspace's recent whole-list exports (of one domain).
// POST /api/tenants/:tenant/backlinks/exports — starts a whole-list export job {domain, sort, dofollow} (202).
import { withTenant } from "@/lib/api/with-tenant";
import {
  recentBacklinkExports,
  startBacklinkExport,
} from "@/lib/services/backlinks/export-service";
import {
  backlinkExportRequestSchema,
  backlinkExportsQuerySchema,
} from "@/lib/validations/backlink-exports";

export const GET = withTenant(
  { query: backlinkExportsQuerySchema },
  async ({ db, tenant, query }) => ({
    exports: await recentBacklinkExports(db, tenant.id, query.domain),
  }),
);

// Every member may export, as every member may page through the list (the same role as GET /backlinks).
export const POST = withTenant(
  { body: backlinkExportRequestSchema, role: "marketer" },
  async ({ db, tenant, userId, body }) => {
    const started = await startBacklinkExport(db, tenant.id, userId, body);
    return Response.json({ export: started.export }, { status: started.created ? 202 : 200 });
  },
);
