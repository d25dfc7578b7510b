"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { prospectListsQuery } from "@/lib/queries/prospects";
import type { MetricLabels } from "@/lib/seranking/types";
import { useUrlState } from "@/lib/url/use-url-state";
import { ListPanel } from "./list-panel";
import { ListSidebar } from "./list-sidebar";

interface Props {
  slug: string;
  /** The server's reading of ?list= (for its prefetch); the client reads the live URL. */
  initialListId: string | null;
  labels: MetricLabels;
  needsAttention: boolean;
}

/** Lists on the left, the chosen list on the right; the chosen list lives in the URL (?list=). */
export function ProspectsClient({ slug, labels, needsAttention }: Props) {
  const url = useUrlState();
  const listId = url.get("list");
  const lists = useQuery(prospectListsQuery(slug));

  // Another list starts unfiltered; the sort (same columns everywhere) carries over.
  const choose = (id: string | null) => url.set({ list: id, verdict: null, q: null, tag: null });
  const current = listId ?? lists.data?.[0]?.id ?? null;

  return (
    <div className="space-y-4">
      {needsAttention ? (
        <Alert tone="warning">
          SE Ranking rejected the stored key: fetching metrics fails until an admin reconnects it.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <ListSidebar slug={slug} lists={lists} currentId={current} onChoose={choose} />
        {current ? (
          <ListPanel
            key={current}
            slug={slug}
            listId={current}
            labels={labels}
            onDeleted={() => choose(null)}
          />
        ) : lists.isPending ? (
          <p className="text-sm text-slate-500">Loading lists…</p>
        ) : (
          <EmptyState title="No prospect lists yet">
            Create a list on the left, then paste domains or upload a CSV to compare their{" "}
            {labels.trust} and {labels.citation}.
          </EmptyState>
        )}
      </div>
    </div>
  );
}
