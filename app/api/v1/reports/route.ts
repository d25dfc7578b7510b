// GET /api/v1/reports?cursor=&limit= — the workspace's client reports, newest first.
import { listReports } from "@/lib/public-api/operations/reports";
import { publicRoute } from "@/lib/public-api/public-route";
import { decodeCursor, pageOf } from "@/lib/public-api/schemas";
import { listReports as list } from "@/lib/services/reports/report-service";

export const GET = publicRoute(listReports, async ({ db, tenant, query }) =>
  pageOf(await list(db, tenant.id), decodeCursor(query.cursor), query.limit),
);
