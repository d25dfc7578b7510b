"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { recentSearchesQuery, summaryQuery } from "@/lib/queries/backlinks";
import type { MetricLabels } from "@/lib/seranking/types";
import { BacklinksResults } from "./backlinks-results";
import { DomainSearchForm } from "./domain-search-form";
import { RecentSearches } from "./recent-searches";
import { useUrlView } from "./use-url-view";

/** The Backlinks page's interactive part: search box, recent searches, then the results. */
export function BacklinksExplorer({
  slug,
  isAdmin,
  labels,
}: {
  slug: string;
  isAdmin: boolean;
  /** The connected dialect's metric names, for text shown before any search. */
  labels?: MetricLabels;
}) {
  const { input, view, domainError, sort, dofollow, limit, filters, setView } = useUrlView();
  const queryClient = useQueryClient();
  const summary = useQuery({ ...summaryQuery(slug, view?.domain ?? ""), enabled: view !== null });

  // A successful search joins the workspace's recent list on the server: show it.
  const searchedAt = summary.dataUpdatedAt;
  useEffect(() => {
    if (searchedAt) queryClient.invalidateQueries({ queryKey: recentSearchesQuery(slug).queryKey });
  }, [searchedAt, queryClient, slug]);

  const search = (domain: string) => setView({ domain, sort, dofollow, page: 1, limit, filters });
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <DomainSearchForm key={input} initial={input} urlError={domainError} onSearch={search} />
        <RecentSearches
          slug={slug}
          current={view?.domain}
          onPick={search}
          reserve={view !== null}
        />
      </div>
      {view ? (
        <BacklinksResults
          slug={slug}
          isAdmin={isAdmin}
          labels={labels}
          view={view}
          summary={summary}
          onViewChange={(change) => setView({ ...view, ...change })}
        />
      ) : domainError ? null : (
        <EmptyState title="Search a domain to see its backlinks">
          Enter a domain or paste any URL of the site, e.g. <code>example.com</code>. You get its
          summary metrics, the {labels ? `${labels.trust} / ${labels.citation}` : "authority"}{" "}
          verdict and every backlink, sortable and exportable as CSV.
        </EmptyState>
      )}
    </div>
  );
}
