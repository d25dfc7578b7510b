"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { deleteReport, reportsQuery } from "@/lib/queries/reports";
import { SECTION_LABELS } from "@/lib/validations/reports";
import { ReportForm, type ReportSources } from "./report-form";
import { ShareLinksPanel } from "./share-links-panel";

export function ReportsList({ slug, sources }: { slug: string; sources: ReportSources }) {
  const queryClient = useQueryClient();
  const reports = useQuery(reportsQuery(slug));
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => deleteReport(slug, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsQuery(slug).queryKey }),
  });
  return (
    <div className="space-y-6">
      <section
        aria-labelledby="new-report"
        className="rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="new-report" className="mb-3 font-semibold">
          New report
        </h2>
        <ReportForm slug={slug} sources={sources} />
      </section>
      <section aria-labelledby="report-list" className="space-y-3">
        <h2 id="report-list" className="font-semibold">
          Reports
        </h2>
        {reports.isPending ? <p className="text-sm text-slate-500">Loading reports…</p> : null}
        {reports.isError ? <p className="text-sm text-red-700">{reports.error.message}</p> : null}
        {reports.data?.length === 0 ? (
          <EmptyState title="No reports yet">
            Create one above to share it with a client.
          </EmptyState>
        ) : null}
        <ul className="space-y-3">
          {reports.data?.map((r) => (
            <li
              key={r.id}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-testid="report-item"
            >
              {editing === r.id ? (
                <ReportForm
                  slug={slug}
                  sources={sources}
                  report={r}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <h3 className="font-medium break-words">{r.title}</h3>
                      <p className="text-sm text-slate-600">
                        {r.clientDomain} · {r.sections.map((s) => SECTION_LABELS[s]).join(", ")}
                      </p>
                      {r.monthlyEmail ? (
                        <p className="text-xs text-slate-500">
                          Emailed monthly to {r.recipients.join(", ")}
                        </p>
                      ) : null}
                    </div>
                    <div className="flex gap-2">
                      <Button
                        size="sm"
                        variant="secondary"
                        onClick={() => setEditing(r.id)}
                        aria-label={`Edit ${r.title}`}
                      >
                        Edit
                      </Button>
                      <ConfirmButton
                        label="Delete"
                        ariaLabel={`Delete ${r.title}`}
                        title={`Delete ${r.title}?`}
                        description="Its share links stop working at once."
                        confirmLabel="Delete report"
                        onConfirm={() => remove.mutate(r.id)}
                      />
                    </div>
                  </div>
                  <ShareLinksPanel slug={slug} report={r} />
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
