// GET /api/tenants/:tenant/backlinks/recent — the workspace's recent backlink searches, newest first.
import { withTenant } from "@/lib/api/with-tenant";
import { listBacklinkSearches } from "@/lib/db/queries/backlink-searches";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  searches: await listBacklinkSearches(db, tenant.id),
}));
