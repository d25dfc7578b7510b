"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { CostNote } from "@/components/budgets/cost-note";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeFilters, hasFilters } from "@/lib/backlinks/text-filters";
import { exportsQuery, startExport } from "@/lib/queries/backlink-exports";
import type { BacklinksView } from "@/lib/queries/backlinks";
import type { BacklinkRow, MetricLabels } from "@/lib/seranking/types";

interface Props {
  slug: string;
  view: BacklinksView;
  rows: BacklinkRow[];
  labels: MetricLabels;
}

// The CSV writer (papaparse) is only needed once someone exports the page: fetch it then.
const csvWriter = () => import("@/lib/backlinks/backlinks-csv");

function download(csv: string, filename: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * CSV of the page in view (instant, in the browser), or of the whole list: that one runs on the
 * server as a job and is stored, so it goes on when the tab closes (the Exports panel follows it).
 */
export function ExportPanel({ slug, view, rows, labels }: Props) {
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () => startExport(slug, view),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: exportsQuery(slug, view.domain).queryKey }),
  });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={rows.length === 0}
          onClick={async () => {
            const { backlinksCsv, backlinksCsvName } = await csvWriter();
            download(
              backlinksCsv(rows, labels),
              backlinksCsvName(view.domain, { ...view, filtered: hasFilters(view.filters) }),
            );
          }}
        >
          <Download aria-hidden className="size-4" />
          Export this page (CSV)
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={start.isPending}
          onClick={() => start.mutate()}
        >
          <Download aria-hidden className="size-4" />
          Export all backlinks (CSV)
        </Button>
        <CostNote
          slug={slug}
          params={{ kind: "backlink-export", domain: view.domain, dofollow: String(view.dofollow) }}
        />
      </div>
      {hasFilters(view.filters) ? (
        <p className="text-sm text-slate-600" data-testid="export-filter-note">
          The whole-list export applies the filters ({describeFilters(view.filters)}) to every
          backlink: the file holds only the rows they keep.
        </p>
      ) : null}
      {start.isError ? (
        <Alert tone="error">The export did not start: {start.error.message}</Alert>
      ) : null}
    </div>
  );
}
