"use client";

import { keepPreviousData, type UseQueryResult, useQuery } from "@tanstack/react-query";
import { EmptyState } from "@/components/ui/empty-state";
import { type BacklinksView, listQuery, type SummaryReply } from "@/lib/queries/backlinks";
import { BacklinksTablePanel } from "./backlinks-table-panel";
import { DataFreshness } from "./data-freshness";
import { SummarySkeleton } from "./skeletons";
import { SummaryCards } from "./summary-cards";
import { UpstreamError } from "./upstream-error";

interface Props {
  slug: string;
  isAdmin: boolean;
  view: BacklinksView;
  summary: UseQueryResult<SummaryReply>;
  onViewChange: (change: Partial<Omit<BacklinksView, "domain" | "limit">>) => void;
}

/** Summary and list of one domain; the list is asked for at once, beside the summary. */
export function BacklinksResults({ slug, isAdmin, view, summary, onViewChange }: Props) {
  const list = useQuery({ ...listQuery(slug, view), placeholderData: keepPreviousData });

  if (summary.isError) {
    return (
      <UpstreamError
        what={`the backlink summary of ${view.domain}`}
        error={summary.error}
        slug={slug}
        isAdmin={isAdmin}
        onRetry={() => summary.refetch()}
        retrying={summary.isFetching}
      />
    );
  }
  if (summary.isPending) return <SummarySkeleton />;

  const { summary: data, metricLabels } = summary.data;
  return (
    <div className="space-y-6">
      <section aria-labelledby="summary-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="summary-heading" className="text-lg font-semibold text-slate-900">
            {view.domain}
          </h2>
          <DataFreshness slug={slug} view={view} summary={summary.data} />
        </div>
        <SummaryCards summary={data} labels={metricLabels} />
      </section>
      {data.totalBacklinks === 0 ? (
        <EmptyState title={`No backlinks found for ${view.domain}`}>
          SE Ranking knows no link pointing to this domain. Check the spelling, or try the domain
          the site redirects to.
        </EmptyState>
      ) : (
        <BacklinksTablePanel
          slug={slug}
          isAdmin={isAdmin}
          view={view}
          list={list}
          labels={metricLabels}
          total={view.dofollow ? data.doFollowLinks : data.totalBacklinks}
          onViewChange={onViewChange}
        />
      )}
    </div>
  );
}
