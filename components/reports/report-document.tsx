// A client report as a document: the shared page, its print layout and the PDF all draw this.
import type { DateFormat } from "@/lib/format/date-time";
import { formatDateTime } from "@/lib/format/date-time";
import type { SharedReport } from "@/lib/services/reports/shared-report-view";
import { BacklinksPart, ProspectsPart, RankingsPart } from "./report-sections";

export function ReportDocument({ report, locale }: { report: SharedReport; locale: string }) {
  const f: DateFormat = { locale, timeZone: report.timeZone };
  const color = report.brandColor;
  return (
    <article className="mx-auto max-w-4xl bg-white px-4 py-6 text-slate-900 sm:px-8 print:max-w-none print:p-0">
      <header
        className="flex flex-wrap items-center justify-between gap-4 border-b-4 pb-4"
        style={{ borderColor: color }}
      >
        <div className="min-w-0">
          <p className="text-sm text-slate-500">{report.workspaceName}</p>
          <h1 className="text-2xl font-semibold break-words">{report.title}</h1>
          <p className="text-sm text-slate-600">
            {report.clientDomain} · generated {formatDateTime(report.generatedAt, f)}
          </p>
        </div>
        {report.logoDataUrl ? (
          // A data: URL from the database: next/image cannot optimise it and need not.
          // biome-ignore lint/performance/noImgElement: data: URL logo
          <img
            src={report.logoDataUrl}
            alt={`${report.workspaceName} logo`}
            className="max-h-16 max-w-40 object-contain"
          />
        ) : null}
      </header>
      {report.backlinks ? <BacklinksPart data={report.backlinks} color={color} f={f} /> : null}
      {report.prospects ? <ProspectsPart data={report.prospects} color={color} /> : null}
      {report.rankings ? <RankingsPart data={report.rankings} color={color} f={f} /> : null}
      {!report.backlinks && !report.prospects && !report.rankings ? (
        <p className="mt-8 text-sm text-slate-500">This report has no data to show yet.</p>
      ) : null}
    </article>
  );
}
