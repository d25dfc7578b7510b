"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RowSelectionState } from "@tanstack/react-table";
import { Download } from "lucide-react";
import { useDeferredValue, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { listTags } from "@/lib/prospects/table-view";
import { fetchJson } from "@/lib/queries/fetch-json";
import { listUrl, prospectKeys, prospectListQuery } from "@/lib/queries/prospects";
import type { MetricLabels } from "@/lib/seranking/types";
import { AddDomains } from "./add-domains";
import { BulkBar } from "./bulk-bar";
import { ListName } from "./list-name";
import { ProspectCharts } from "./prospect-charts";
import { ProspectTable } from "./prospect-table";
import { RulesForm } from "./rules-form";
import { RunProgress } from "./run-progress";

interface Props {
  slug: string;
  listId: string;
  labels: MetricLabels;
  onDeleted: () => void;
}

export function ListPanel({ slug, listId, labels, onDeleted }: Props) {
  const queryClient = useQueryClient();
  const detail = useQuery(prospectListQuery(slug, listId));
  // The query store updates synchronously, so the panel's first render with the rows would be
  // one long task; the deferred copy renders it in React's interruptible (5 ms slice) pass.
  const data = useDeferredValue(detail.data);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const remove = useMutation({
    mutationFn: () => fetchJson(listUrl(slug, listId), { method: "DELETE" }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) });
      onDeleted();
    },
  });

  if (detail.isPending || (!data && !detail.isError))
    return <p className="text-sm text-slate-500">Loading the list…</p>;
  if (detail.isError)
    return (
      <Alert tone="error">
        Could not load this list: {detail.error.message}{" "}
        <Button variant="ghost" size="sm" onClick={() => detail.refetch()}>
          Retry
        </Button>
      </Alert>
    );

  if (!data) return null;
  const { list, prospects, rules } = data;
  const failed = prospects.filter((p) => p.error).length;
  const toggle = (domain: string) =>
    setSelection((s) => {
      const next = { ...s };
      if (next[domain]) delete next[domain];
      else next[domain] = true;
      return next;
    });

  return (
    <section className="min-w-0 space-y-6" aria-label={`Prospect list ${list.name}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ListName slug={slug} listId={listId} name={list.name} />
        <div className="flex items-center gap-2">
          <Button asChild variant="secondary" size="sm">
            <a href={`${listUrl(slug, listId)}/export`} download>
              <Download className="size-4" aria-hidden /> Export CSV
            </a>
          </Button>
          <ConfirmButton
            label="Delete list"
            title={`Delete "${list.name}"?`}
            description="The list, its domains and their metrics are deleted. This cannot be undone."
            confirmLabel="Delete list"
            onConfirm={() => remove.mutate()}
          />
        </div>
      </div>
      {remove.error ? <Alert tone="error">{remove.error.message}</Alert> : null}
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Add domains" description="One per line, or separated by commas or spaces.">
          <AddDomains slug={slug} listId={listId} />
        </Card>
        <div className="space-y-6">
          <Card title="Metrics">
            <RunProgress
              slug={slug}
              listId={listId}
              domainCount={prospects.length}
              failedCount={failed}
              estimates={data.runEstimates}
            />
          </Card>
          <Card
            title="Qualification rules"
            description="Shared by everyone in this workspace; verdicts update at once."
          >
            <RulesForm slug={slug} rules={rules} labels={labels} />
          </Card>
        </div>
      </div>
      <ProspectCharts
        prospects={prospects}
        rules={rules}
        labels={labels}
        selection={selection}
        onToggle={toggle}
      />
      <Card title={`Prospects (${prospects.length.toLocaleString("en-US")})`}>
        <div className="space-y-3">
          <BulkBar
            slug={slug}
            listId={listId}
            selected={Object.keys(selection)}
            tags={listTags(prospects)}
            onClearSelection={() => setSelection({})}
          />
          <ProspectTable
            exportUrl={`${listUrl(slug, listId)}/export`}
            prospects={prospects}
            labels={labels}
            selection={selection}
            onSelectionChange={setSelection}
          />
        </div>
      </Card>
    </section>
  );
}
