import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/reports/report-document";
import { ApiError } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { localeFromHeader } from "@/lib/format/date-time";
import { pdfAvailable } from "@/lib/services/reports/pdf-render";
import { reportForToken } from "@/lib/services/reports/share-links";
import { buildSharedReport } from "@/lib/services/reports/shared-report";
import { PrintButton } from "./print-button";

// A client's link: never indexed, never kept by a shared cache (it can be revoked any minute).
export const metadata: Metadata = {
  title: "Report",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

/**
 * A shared client report: no session, read-only. Revoked, expired and unknown links are one 404,
 * so a holder learns nothing about why. The token is the only way in; the page holds no ids.
 */
export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await getDb();
  const report = await reportForToken(db, token).catch((error) => {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    throw error;
  });
  const [shared, requestHeaders, withPdf] = await Promise.all([
    buildSharedReport(db, report),
    headers(),
    pdfAvailable(),
  ]);
  return (
    <main id="main" className="min-h-screen bg-slate-50 py-4 print:bg-white print:py-0">
      <div className="mx-auto flex max-w-4xl justify-end gap-2 px-4 pb-2 print:hidden">
        {withPdf ? (
          <a
            href={`/r/${token}/pdf`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            Download PDF
          </a>
        ) : null}
        <PrintButton />
      </div>
      <ReportDocument
        report={shared}
        locale={localeFromHeader(requestHeaders.get("accept-language"))}
      />
    </main>
  );
}
