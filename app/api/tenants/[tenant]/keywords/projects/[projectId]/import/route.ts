// POST /api/tenants/:tenant/keywords/projects/:projectId/import?dryRun=true|false&mapping={…}
// The body is the CSV file itself (Content-Type: text/csv), at most 10 MB: a larger one is refused from
// its Content-Length, or once the stream passes the cap, without being read whole.
// dryRun=true answers the headers, the mapping, a preview and every problem, storing nothing.
import { readBodyBytes } from "@/lib/api/read-body";
import { withTenant } from "@/lib/api/with-tenant";
import { importHistory } from "@/lib/services/keywords/history-io/import-service";
import {
  HISTORY_IMPORT_MAX_BYTES,
  HISTORY_IMPORT_TOO_LARGE,
  historyImportQuerySchema,
} from "@/lib/validations/history-import";
import { projectParamsSchema } from "@/lib/validations/keywords";

// Writes history: marketers and admins (every role there is); the wrapper refuses non-members.
export const POST = withTenant(
  {
    params: projectParamsSchema,
    query: historyImportQuerySchema,
    role: "marketer",
    bodyType: "csv",
  },
  async ({ req, db, tenant, params, query }) => {
    const bytes = await readBodyBytes(req, HISTORY_IMPORT_MAX_BYTES, HISTORY_IMPORT_TOO_LARGE);
    const dryRun = query.dryRun === "true";
    const view = await importHistory(db, tenant.id, params.projectId, bytes, {
      mapping: query.mapping,
      dryRun,
    });
    if (view.ok || dryRun) return view;
    const message = `${view.problemCount} problem${view.problemCount === 1 ? "" : "s"} in the file: nothing was imported`;
    return Response.json({ error: { code: "invalid_input", message }, ...view }, { status: 422 });
  },
);
