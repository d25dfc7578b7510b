// GET /api/tenants/:tenant/prospect-lists/:listId/export — the list with metrics and verdicts as CSV.
import { withTenant } from "@/lib/api/with-tenant";
import { type CsvColumn, csvResponse, toCsv } from "@/lib/csv/to-csv";
import { listDetail, type ProspectView } from "@/lib/services/prospects/list-detail";
import { listParamsSchema } from "@/lib/validations/prospects";

const COLUMNS: CsvColumn<ProspectView>[] = [
  { header: "Domain", value: (p) => p.domain },
  { header: "Trust Flow", value: (p) => p.trustFlow },
  { header: "Citation Flow", value: (p) => p.citationFlow },
  { header: "TF/CF ratio", value: (p) => (p.ratio === null ? null : p.ratio.toFixed(2)) },
  { header: "Referring domains", value: (p) => p.referringDomains },
  { header: "Total backlinks", value: (p) => p.totalBacklinks },
  { header: "Verdict", value: (p) => p.verdict ?? "not fetched" },
  { header: "Reason", value: (p) => p.reason },
  { header: "Fetched at", value: (p) => p.fetchedAt },
];

export const GET = withTenant({ params: listParamsSchema }, async ({ db, tenant, params }) => {
  const { list, prospects } = await listDetail(db, tenant.id, params.listId);
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(toCsv(prospects, COLUMNS), `prospects-${list.name}-${day}.csv`);
});
