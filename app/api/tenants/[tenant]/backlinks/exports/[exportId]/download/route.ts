// GET /api/tenants/:tenant/backlinks/exports/:exportId/download — the stored CSV of an export that stopped, streamed.
import { ApiError, notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { findExport } from "@/lib/db/queries/backlink-exports";
import { exportCsvStream } from "@/lib/services/backlinks/export-download";
import { exportView } from "@/lib/services/backlinks/export-view";
import { backlinkExportParamsSchema } from "@/lib/validations/backlink-exports";

export const GET = withTenant(
  { params: backlinkExportParamsSchema },
  async ({ db, tenant, params }) => {
    const row = await findExport(db, tenant.id, params.exportId);
    if (!row) throw notFound("This export");
    const view = exportView(row);
    if (!view.downloadable) {
      throw new ApiError(
        "conflict",
        "This export is still running: download it once it has finished.",
      );
    }
    return new Response(exportCsvStream(db, tenant.id, row.id), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${view.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
