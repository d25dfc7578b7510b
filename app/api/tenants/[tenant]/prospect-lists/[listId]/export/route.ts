// GET /api/tenants/:tenant/prospect-lists/:listId/export — the list with metrics and verdicts as CSV.
import { withTenant } from "@/lib/api/with-tenant";
import { authorityCsvColumns } from "@/lib/csv/authority-columns";
import { type CsvColumn, csvResponse, toCsv } from "@/lib/csv/to-csv";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { MetricLabels } from "@/lib/seranking/types";
import { listDetail, type ProspectView } from "@/lib/services/prospects/list-detail";
import { listParamsSchema } from "@/lib/validations/prospects";

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
  { header: "Reason", value: (p) => p.reason },
  { header: "Fetched at", value: (p) => p.fetchedAt },
];

export const GET = withTenant({ params: listParamsSchema }, async ({ db, tenant, params }) => {
  const { list, prospects, metricLabels } = await listDetail(db, tenant.id, params.listId);
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(toCsv(prospects, columns(metricLabels)), `prospects-${list.name}-${day}.csv`);
});
