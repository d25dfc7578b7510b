"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { When } from "@/components/format/date-format";
import {
  type BacklinksView,
  type ListReply,
  listQuery,
  listUrl,
  type SummaryReply,
  summaryQuery,
  summaryUrl,
} from "@/lib/queries/backlinks";
import { fetchJson } from "@/lib/queries/fetch-json";
import { requestTabRefresh } from "@/lib/queries/tab-refresh";

interface Props {
  slug: string;
  view: BacklinksView;
  summary: SummaryReply;
  /** What Refresh would cost (from the page in view), once that page has arrived. */
  refreshEstimate?: ListReply["refreshEstimate"];
}

/**
 * "Data from <time> · Refresh". Replies come from the per-tenant cache (backlink data changes
 * monthly); Refresh asks SE Ranking again for the summary and the page in view, which costs credits,
 * and for the Referring domains and Anchors tabs: the open one now, the other when it is opened.
 */
export function DataFreshness({ slug, view, summary, refreshEstimate: estimate }: Props) {
  const queryClient = useQueryClient();
  const refresh = useMutation({
    mutationFn: async () => {
      const [s, l] = await Promise.all([
        fetchJson<SummaryReply>(summaryUrl(slug, view.domain, true)),
        fetchJson<ListReply>(listUrl(slug, view, true)),
      ]);
      queryClient.setQueryData(summaryQuery(slug, view.domain).queryKey, s);
      queryClient.setQueryData(listQuery(slug, view).queryKey, l);
      // Every cached page of the tabs is stale; the open tab refetches now with refresh=1.
      requestTabRefresh(slug, view.domain);
      await Promise.all(
        (["refdomains", "anchors"] as const).map((kind) =>
          queryClient.invalidateQueries({ queryKey: ["tenant", slug, "backlinks", kind] }),
        ),
      );
    },
  });
  return (
    <p className="flex flex-wrap items-center gap-1 text-sm text-slate-600" aria-live="polite">
      <span data-testid="data-freshness">
        Data from <When value={summary.fetchedAt} relative />
        {summary.fromCache ? " (cached)" : ""}
      </span>
      <span aria-hidden>·</span>
      <button
        type="button"
        onClick={() => refresh.mutate()}
        disabled={refresh.isPending}
        className="inline-flex items-center gap-1 font-medium text-brand-700 underline disabled:opacity-60"
      >
        <RefreshCw aria-hidden className={refresh.isPending ? "size-3 animate-spin" : "size-3"} />
        {refresh.isPending ? "Refreshing…" : "Refresh"}
      </button>
      {estimate ? (
        <span data-testid="refresh-estimate" className="text-xs text-slate-500">
          (about {estimate.credits.toLocaleString("en-US")} credits)
        </span>
      ) : null}
      {refresh.isError ? (
        <span role="alert" className="text-red-700">
          Refresh failed: {refresh.error.message}
        </span>
      ) : null}
    </p>
  );
}
