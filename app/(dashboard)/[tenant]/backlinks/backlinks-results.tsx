"use client";

import { keepPreviousData, type UseQueryResult, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useEffect } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { type BacklinksView, listQuery, type SummaryReply } from "@/lib/queries/backlinks";
import type { MetricLabels } from "@/lib/seranking/types";
import { BacklinksTabs } from "./backlinks-tabs";
import { DataFreshness } from "./data-freshness";
import { MonitorDomainButton } from "./monitor-domain-button";
import { CardsSkeleton, ResultsSkeleton, TablePanelSkeleton } from "./skeletons";
import { UpstreamError } from "./upstream-error";

// The cards (with the tooltip's popper) and the table panel (TanStack Table, CSV export) have
// nothing to show before the data comes from the browser, so their code is not in the page's
// first load: it is fetched beside the data (see the preload below), behind skeletons of the
// same size.
const loadSummaryCards = () => import("./summary-cards");
const loadTablePanel = () => import("./backlinks-table-panel");
const SummaryCards = dynamic(() => loadSummaryCards().then((m) => m.SummaryCards), {
  loading: () => <CardsSkeleton />,
});
const BacklinksTablePanel = dynamic(() => loadTablePanel().then((m) => m.BacklinksTablePanel), {
  loading: () => <TablePanelSkeleton />,
});

interface Props {
  slug: string;
  isAdmin: boolean;
  /** The connected dialect's metric names, known before the summary: they size its skeleton. */
  labels?: MetricLabels;
  view: BacklinksView;
  summary: UseQueryResult<SummaryReply>;
  onViewChange: (change: Partial<Omit<BacklinksView, "domain">>) => void;
}

/** Summary and list of one domain; the list is asked for at once, beside the summary. */
export function BacklinksResults({ slug, isAdmin, labels, view, summary, onViewChange }: Props) {
  const list = useQuery({ ...listQuery(slug, view), placeholderData: keepPreviousData });
  // Start downloading the cards' and table's code now, while the summary is being fetched.
  useEffect(() => {
    void loadSummaryCards();
    void loadTablePanel();
  }, []);

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
  if (summary.isPending) return <ResultsSkeleton labels={labels} />;

  const { summary: data, metricLabels } = summary.data;
  return (
    <div className="space-y-6">
      <section aria-labelledby="summary-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="summary-heading" className="text-lg font-semibold text-slate-900">
            {view.domain}
          </h2>
          <DataFreshness
            slug={slug}
            view={view}
            summary={summary.data}
            refreshEstimate={list.data?.refreshEstimate}
          />
        </div>
        <MonitorDomainButton key={view.domain} slug={slug} domain={view.domain} />
        <SummaryCards summary={data} labels={metricLabels} />
      </section>
      {/* A summary of 0 is believed only once the list agrees: a list can be longer than it says. */}
      {data.totalBacklinks === 0 && !list.isPlaceholderData && list.data?.extent.end === 0 ? (
        <EmptyState title={`No backlinks found for ${view.domain}`}>
          SE Ranking knows no link pointing to this domain. Check the spelling, or try the domain
          the site redirects to.
        </EmptyState>
      ) : (
        <BacklinksTabs
          slug={slug}
          isAdmin={isAdmin}
          domain={view.domain}
          backlinks={
            <BacklinksTablePanel
              slug={slug}
              isAdmin={isAdmin}
              view={view}
              list={list}
              labels={metricLabels}
              total={view.dofollow ? data.doFollowLinks : data.totalBacklinks}
              onViewChange={onViewChange}
            />
          }
        />
      )}
    </div>
  );
}
