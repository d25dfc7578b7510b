"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
} from "@tanstack/react-table";
import type { KeywordRow, PositionsView } from "@/lib/queries/keywords";
import { webHref } from "@/lib/url/web-url";
import { KeywordActions } from "./keyword-actions";
import { ChangeCell, changeSortValue, LastKnown, PositionCell } from "./ranking-cells";

export const rankingFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof rankingFeatures, KeywordRow>();
const num = { sortUndefined: "last" as const };

interface ColumnOptions {
  slug: string;
  projectId: string;
  /** Keywords ticked for the history chart. */
  compared: string[];
  onCompare: (id: string, on: boolean) => void;
  /** What the positions are: headers say so (database positions have no daily change). */
  positions: PositionsView;
}

/** The sortable columns' ids, as `?sort=` may name them. */
export const KEYWORD_SORT_COLUMNS = [
  "keyword",
  "position",
  "change",
  "change7",
  "change30",
  "best",
  "volume",
] as const;

export function rankingColumns({ slug, projectId, compared, onCompare, positions }: ColumnOptions) {
  // A monthly database position barely moves between daily checks: a "Change" or "7 days"
  // column would pass for daily movement. Only the 30-day comparison is meaningful.
  const monthly = positions.kind === "database_monthly";
  const changes = monthly ? (["change30"] as const) : (["change", "change7", "change30"] as const);
  return helper.columns([
    helper.display({
      id: "compare",
      header: () => <span className="sr-only">Compare in chart</span>,
      cell: ({ row }) => (
        <input
          type="checkbox"
          className="size-4"
          aria-label={`Show “${row.original.keyword}” in the history chart`}
          checked={compared.includes(row.original.id)}
          onChange={(e) => onCompare(row.original.id, e.target.checked)}
        />
      ),
    }),
    helper.accessor("keyword", { header: "Keyword", sortFn: "alphanumeric" }),
    helper.accessor((r) => (r.status === "ok" ? (r.position ?? undefined) : undefined), {
      id: "position",
      header: positions.label,
      ...num,
      cell: (c) => <PositionCell row={c.row.original} />,
    }),
    ...changes.map((key) =>
      helper.accessor((r) => changeSortValue(r[key]), {
        id: key,
        header: monthly
          ? "vs 30 days ago"
          : { change: "Change", change7: "7 days", change30: "30 days" }[key],
        ...num,
        cell: (c) => {
          const known = c.row.original.lastKnown;
          // After a failed check the day-to-day change is the last good check's, greyed.
          if (known && key === "change") {
            return (
              <LastKnown>
                <ChangeCell change={known.change} />
              </LastKnown>
            );
          }
          return <ChangeCell change={c.row.original[key]} />;
        },
      }),
    ),
    helper.accessor((r) => r.best ?? undefined, {
      id: "best",
      header: "Best",
      ...num,
      cell: (c) => c.getValue() ?? "–",
    }),
    helper.accessor((r) => r.url ?? undefined, {
      id: "url",
      header: "Ranking URL",
      enableSorting: false,
      cell: (c) => {
        const known = c.row.original.lastKnown;
        const url = c.row.original.url ?? known?.url;
        // Only an http(s) URL becomes a link: SE Ranking's text must not make a javascript: href.
        const href = webHref(url);
        const link = href ? (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="break-all text-brand-700 underline"
          >
            {href.replace(/^https?:\/\//i, "")}
          </a>
        ) : url ? (
          <span className="break-all" data-testid="ranking-url-text">
            {url}
          </span>
        ) : (
          "–"
        );
        return known && url ? <LastKnown>{link}</LastKnown> : link;
      },
    }),
    helper.accessor((r) => r.volume ?? undefined, {
      id: "volume",
      header: "Volume",
      ...num,
      cell: (c) => {
        const { volume, lastKnown } = c.row.original;
        if (volume === null && lastKnown?.volume != null) {
          return <LastKnown>{lastKnown.volume.toLocaleString("en-US")}</LastKnown>;
        }
        return volume?.toLocaleString("en-US") ?? "–";
      },
    }),
    helper.accessor((r) => r.tags.join(", "), {
      id: "tags",
      header: "Tags",
      enableSorting: false,
      cell: (c) => (
        <ul className="flex max-w-40 flex-wrap gap-1" aria-label="Tags">
          {c.row.original.tags.map((tag) => (
            <li key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
              {tag}
            </li>
          ))}
        </ul>
      ),
    }),
    helper.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => (
        <KeywordActions slug={slug} projectId={projectId} keyword={row.original} />
      ),
    }),
  ]);
}
