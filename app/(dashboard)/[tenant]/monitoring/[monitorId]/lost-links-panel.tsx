"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type ChangeView, type MonitorDetail, setFollowUp } from "@/lib/queries/monitoring";
import type { FollowUpStatus } from "@/lib/validations/monitoring";
import { ChangeTable } from "./change-table";
import { CutNotice } from "./cut-notice";

interface Props {
  slug: string;
  monitorId: string;
  detail: MonitorDetail;
}

const FILTERS: { value: FollowUpStatus | "all"; label: string }[] = [
  { value: "open", label: "To follow up" },
  { value: "followed_up", label: "Followed up" },
  { value: "dismissed", label: "Dismissed" },
  { value: "all", label: "All" },
];

/** Every lost link of the domain, strongest first: the list to ask links back from. */
export function LostLinksPanel({ slug, monitorId, detail }: Props) {
  const queryClient = useQueryClient();
  const filterId = useId();
  const [filter, setFilter] = useState<FollowUpStatus | "all">("open");
  const mark = useMutation({
    mutationFn: ({ id, status }: { id: string; status: FollowUpStatus }) =>
      setFollowUp(slug, monitorId, id, status),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ["tenant", slug, "monitoring", monitorId] }),
  });
  const rows = detail.lostLinks.filter((r) => filter === "all" || r.followUp === filter);
  const actions = (r: ChangeView) =>
    r.followUp === "open" ? (
      <div className="flex gap-2">
        <Button
          size="sm"
          variant="secondary"
          onClick={() => mark.mutate({ id: r.id, status: "followed_up" })}
        >
          Followed up
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => mark.mutate({ id: r.id, status: "dismissed" })}
        >
          Dismiss
        </Button>
      </div>
    ) : (
      <div className="flex items-center gap-2">
        <span className="text-slate-600">
          {r.followUp === "followed_up" ? "Followed up" : "Dismissed"}
        </span>
        <Button size="sm" variant="ghost" onClick={() => mark.mutate({ id: r.id, status: "open" })}>
          Reopen
        </Button>
      </div>
    );
  return (
    <section
      aria-labelledby="lost-links-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="lost-links-heading" className="text-base font-semibold text-slate-900">
            Lost links to follow up
          </h2>
          <p className="text-sm text-slate-600">
            Dofollow links from sources with {detail.authorityLabel} {detail.highAuthority} or more
            are highlighted: the ones most worth getting back.
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor={filterId} className="block text-sm font-medium text-slate-700">
            Show
          </label>
          <select
            id={filterId}
            value={filter}
            onChange={(e) => setFilter(e.target.value as FollowUpStatus | "all")}
            className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {mark.isError ? <Alert tone="error">{mark.error.message}</Alert> : null}
      <CutNotice shown={detail.lostLinks.length} total={detail.lostLinksTotal} />
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">No lost link here.</p>
      ) : (
        <ChangeTable
          rows={rows}
          authorityLabel={detail.authorityLabel}
          caption="Lost links to follow up"
          actions={actions}
        />
      )}
    </section>
  );
}
