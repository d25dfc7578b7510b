"use client";

import { useId, useState } from "react";
import { useDates } from "@/components/format/date-format";
import type { ChangeView, MonitorDetail, SnapshotView } from "@/lib/queries/monitoring";
import { cn } from "@/lib/utils";
import { ChangeTable } from "./change-table";
import { CutNotice } from "./cut-notice";

interface Props {
  detail: MonitorDetail;
  snapshots: SnapshotView[];
  onSelect: (snapshotId: string) => void;
}

// `count` names the snapshot's stored count: the rows sent are cut at 1,000 per tab.
const TABS = [
  { id: "new-links", label: "New links", kind: "link", type: "new", count: "newBacklinks" },
  { id: "lost-links", label: "Lost links", kind: "link", type: "lost", count: "lostBacklinks" },
  {
    id: "new-domains",
    label: "New referring domains",
    kind: "refdomain",
    type: "new",
    count: "newRefdomains",
  },
  {
    id: "lost-domains",
    label: "Lost referring domains",
    kind: "refdomain",
    type: "lost",
    count: "lostRefdomains",
  },
] as const;

function DomainList({ rows, label }: { rows: ChangeView[]; label: string }) {
  return (
    <ul className="grid gap-1 text-sm sm:grid-cols-2">
      {rows.map((r) => (
        <li key={r.id} className="break-all">
          {r.refdomain}{" "}
          <span className="text-slate-500">
            ({label} {r.authority ?? "—"}
            {r.date ? `, ${r.date}` : ""})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One snapshot's new and lost links and referring domains, picked by snapshot. */
export function ChangesPanel({ detail, snapshots, onSelect }: Props) {
  const dates = useDates();
  const selectId = useId();
  const [tab, setTab] = useState<(typeof TABS)[number]["id"]>("new-links");
  const selected = detail.selected;
  const current = TABS.find((t) => t.id === tab)!;
  const rows = detail.changes.filter((c) => c.kind === current.kind && c.type === current.type);
  const count = (t: (typeof TABS)[number]) =>
    selected?.[t.count] ??
    detail.changes.filter((c) => c.kind === t.kind && c.type === t.type).length;
  // A history reply filled its limit: more changes exist than SE Ranking returned.
  const atLeast = selected?.incomplete ? "at least " : "";
  return (
    <section
      aria-labelledby="changes-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="changes-heading" className="text-base font-semibold text-slate-900">
          New and lost
        </h2>
        <div className="space-y-1">
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-700">
            Snapshot
          </label>
          <select
            id={selectId}
            value={selected?.id ?? ""}
            onChange={(e) => onSelect(e.target.value)}
            className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {[...snapshots].reverse().map((s) => (
              <option key={s.id} value={s.id}>
                {dates.dateTime(s.takenAt)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {selected && selected.newBacklinks === null ? (
        <p className="text-sm text-slate-500">
          The first snapshot of this domain: the next one shows what is new and lost since.
        </p>
      ) : (
        <>
          {selected?.incomplete ? (
            <p
              role="note"
              className="mb-3 text-sm text-amber-800"
              data-testid="snapshot-incomplete"
            >
              Incomplete: SE Ranking's history answered with its most rows for this period and
              cannot be paged further, so there are more changes than listed and the counts are a
              minimum.
            </p>
          ) : null}
          <div role="tablist" aria-label="Changes" className="mb-3 flex flex-wrap gap-2">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                aria-selected={tab === t.id}
                onClick={() => setTab(t.id)}
                className={cn(
                  "rounded-md border px-3 py-1.5 text-sm",
                  tab === t.id
                    ? "border-brand-600 bg-brand-50 font-medium text-brand-700"
                    : "border-slate-300 text-slate-700 hover:bg-slate-100",
                )}
              >
                {t.label} ({atLeast}
                {count(t).toLocaleString("en-US")})
              </button>
            ))}
          </div>
          <div role="tabpanel" aria-label={current.label}>
            <CutNotice shown={rows.length} total={count(current)} />
            {rows.length === 0 ? (
              <p className="text-sm text-slate-500">None in this snapshot.</p>
            ) : current.kind === "link" ? (
              <ChangeTable
                rows={rows}
                authorityLabel={detail.authorityLabel}
                caption={current.label}
              />
            ) : (
              <DomainList rows={rows} label={detail.authorityLabel} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
