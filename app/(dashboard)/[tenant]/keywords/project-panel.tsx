"use client";

import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { bestKeywordIds } from "@/lib/keywords/best-keywords";
import { fetchJson } from "@/lib/queries/fetch-json";
import { keywordUrls, projectsQuery, rankingsQuery } from "@/lib/queries/keywords";
import { SEARCH_ENGINE_NAMES } from "@/lib/validations/keywords";
import { AddKeywordsForm } from "./add-keywords-form";
import { ChangeTargetDetails } from "./change-target-form";
import { CheckNow } from "./check-now";
import { CompetitorHistory } from "./competitor-history";
import { CompetitorsCard } from "./competitors-card";
import { GlancePanel } from "./glance-panel";
import { HistoryPanel } from "./history-panel";
import { ImportHistoryDetails } from "./import-history-panel";
import { panelQueries } from "./panel-queries";
import { PositionsCaption } from "./positions-caption";
import { RankingsTable } from "./rankings-table";
import { ScheduleEditor } from "./schedule-editor";

interface Props {
  slug: string;
  projectId: string;
  /** After "Stop tracking": the page moves on to another tracked domain. */
  onDeleted: () => void;
}

export function ProjectPanel({ slug, projectId, onDeleted }: Props) {
  const queryClient = useQueryClient();
  const rankings = useQuery(rankingsQuery(slug, projectId));
  // The cards draw with their data (no late growth); their errors stay theirs to show.
  const cardsPending = useQueries({
    queries: panelQueries(slug, projectId),
    combine: (results) => results.some((r) => r.isPending),
  });
  // null until the user ticks or unticks a keyword: the chart opens on the five best keywords.
  const [chosen, setCompare] = useState<string[] | null>(null);
  // Open while the domain has no keyword; afterwards whatever the user chose.
  const [addOpen, setAddOpen] = useState<boolean | null>(null);
  const remove = useMutation({
    mutationFn: () => fetchJson(keywordUrls.project(slug, projectId), { method: "DELETE" }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: rankingsQuery(slug, projectId).queryKey });
      await queryClient.invalidateQueries({ queryKey: projectsQuery(slug).queryKey });
      onDeleted();
    },
  });

  if (rankings.isPending || cardsPending)
    return <p className="text-sm text-slate-500">Loading keywords…</p>;
  if (rankings.isError) {
    return (
      <Alert tone="error">
        Could not load keywords: {rankings.error.message}{" "}
        <Button variant="ghost" size="sm" onClick={() => rankings.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }
  const { project, keywords, positions } = rankings.data;
  const hasKeywords = keywords.length > 0;
  const compare = chosen ?? bestKeywordIds(keywords);

  return (
    <div className="space-y-6">
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h2 className="text-lg font-semibold text-slate-900">{project.domain}</h2>
            <p className="text-sm text-slate-600">
              {SEARCH_ENGINE_NAMES[project.searchEngine]} · {project.location} · {keywords.length}{" "}
              keyword
              {keywords.length === 1 ? "" : "s"}
            </p>
            <PositionsCaption positions={positions} />
            <ScheduleEditor slug={slug} projectId={projectId} />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <CheckNow slug={slug} projectId={projectId} disabled={!hasKeywords} />
            {hasKeywords ? (
              <Button asChild variant="secondary">
                <a href={keywordUrls.export(slug, projectId)} download>
                  <Download aria-hidden className="size-4" /> Export CSV
                </a>
              </Button>
            ) : null}
            <ConfirmButton
              size="md"
              label="Stop tracking"
              title={`Stop tracking ${project.domain}?`}
              description={`Its ${keywords.length} keyword${keywords.length === 1 ? "" : "s"} and their whole position history are deleted. This cannot be undone.`}
              confirmLabel="Stop tracking"
              onConfirm={() => remove.mutate()}
            />
          </div>
        </div>
        {remove.isError ? (
          <Alert tone="error" className="mt-3">
            {remove.error.message}
          </Alert>
        ) : null}
      </Card>

      <details
        open={addOpen ?? !hasKeywords}
        onToggle={(e) => setAddOpen(e.currentTarget.open)}
        className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <summary className="cursor-pointer text-base font-semibold text-slate-900">
          Add keywords
        </summary>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          Paste one keyword per line; blank lines are skipped, duplicates are listed.
        </p>
        {/* The first keywords flip "has keywords", which would fold this away and hide the
            result (and any rejected lines) it has just shown: keep it open after an add. */}
        <AddKeywordsForm slug={slug} projectId={projectId} onAdded={() => setAddOpen(true)} />
      </details>
      <ImportHistoryDetails slug={slug} projectId={projectId} />
      <ChangeTargetDetails
        slug={slug}
        projectId={projectId}
        searchEngine={project.searchEngine}
        location={project.location}
        tracked={project.seSiteId !== null}
      />

      <CompetitorsCard slug={slug} projectId={projectId} domain={project.domain} />
      {hasKeywords ? (
        <>
          <GlancePanel slug={slug} projectId={projectId} />
          <RankingsTable
            slug={slug}
            projectId={projectId}
            rows={keywords}
            selected={compare}
            onSelectedChange={setCompare}
            positions={positions}
          />
          <HistoryPanel
            slug={slug}
            projectId={projectId}
            keywords={keywords}
            selected={compare}
            positionLabel={positions.label}
          />
          <CompetitorHistory
            slug={slug}
            projectId={projectId}
            keywords={keywords}
            selected={compare}
            positionLabel={positions.label}
          />
        </>
      ) : null}
    </div>
  );
}
