// GET /api/tenants/:tenant/prospect-lists/:listId/export?verdict=&q=&tag= — the list (or the rows the
// table's filters keep) with metrics and verdicts as CSV.
// POST /api/tenants/:tenant/prospect-lists/:listId/export {domains} — only the selected rows.
import { withTenant } from "@/lib/api/with-tenant";
import { authorityCsvColumns } from "@/lib/csv/authority-columns";
import { type CsvColumn, csvResponse, toCsv } from "@/lib/csv/to-csv";
import { filterProspects } from "@/lib/prospects/table-view";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { MetricLabels } from "@/lib/seranking/types";
import { listDetail, type ProspectView } from "@/lib/services/prospects/list-detail";
import {
  listParamsSchema,
  prospectExportQuerySchema,
  prospectExportSelectionSchema,
} from "@/lib/validations/prospects";

// Headers name what the connected API really returns: TF/CF, or Domain/Page Trust (DT/PT).
const columns = (labels: MetricLabels): CsvColumn<ProspectView>[] => [
  { header: "Domain", value: (p) => p.domain },
  ...authorityCsvColumns<ProspectView>(labels),
  {
    header: metricStrategyFor(labels).ratioLabel.csv,
    value: (p) => (p.ratio === null ? null : p.ratio.toFixed(2)),
  },
  { header: "Referring domains", value: (p) => p.referringDomains },
  { header: "Total backlinks", value: (p) => p.totalBacklinks },
  { header: "Verdict", value: (p) => p.verdict ?? "not fetched" },
  // Tags cannot hold ";" (see tagSchema), so the cell splits back unambiguously.
  { header: "Tags", value: (p) => p.tags.join("; ") },
  { header: "Origin", value: (p) => p.origin ?? "" },
  { header: "Reason", value: (p) => p.reason },
  { header: "Fetched at", value: (p) => p.fetchedAt },
];

const file = (name: string, part: string) =>
  `prospects-${name}${part}-${new Date().toISOString().slice(0, 10)}.csv`;

export const GET = withTenant(
  { params: listParamsSchema, query: prospectExportQuerySchema },
  async ({ db, tenant, params, query }) => {
    const { list, prospects, metricLabels } = await listDetail(db, tenant.id, params.listId);
    const rows = filterProspects(prospects, {
      verdict: query.verdict,
      search: query.q,
      tag: query.tag,
    });
    const filtered = rows.length < prospects.length ? "-filtered" : "";
    return csvResponse(toCsv(rows, columns(metricLabels)), file(list.name, filtered));
  },
);

export const POST = withTenant(
  { params: listParamsSchema, body: prospectExportSelectionSchema },
  async ({ db, tenant, params, body }) => {
    const { list, prospects, metricLabels } = await listDetail(db, tenant.id, params.listId);
    const wanted = new Set(body.domains);
    const rows = prospects.filter((p) => wanted.has(p.domain));
    return csvResponse(toCsv(rows, columns(metricLabels)), file(list.name, "-selected"));
  },
);
