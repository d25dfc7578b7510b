import type { ReactNode } from "react";
import type { ChangeView } from "@/lib/queries/monitoring";
import { cn } from "@/lib/utils";

const REASONS: Record<string, string> = {
  link_removed: "Link removed",
  page_not_found: "Page not found",
  page_dropped: "Page dropped",
  redirect: "Redirected",
  broken_redirect: "Broken redirect",
  noindex: "Noindex",
  not_canonical: "Not canonical",
  crawl_error: "Crawl error",
  other: "Other",
};

export const reasonText = (reason: string | null) => (reason ? (REASONS[reason] ?? reason) : "—");

interface Props {
  rows: ChangeView[];
  authorityLabel: string;
  /** Extra last column (the follow-up buttons). */
  actions?: (row: ChangeView) => ReactNode;
  caption: string;
}

/** Links new or lost: source, target, anchor, authority, dofollow, reason and date. */
export function ChangeTable({ rows, authorityLabel, actions, caption }: Props) {
  const lost = rows.some((r) => r.type === "lost");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th className="py-2 pr-3 font-medium">Source</th>
            <th className="py-2 pr-3 font-medium">Anchor → target</th>
            <th className="py-2 pr-3 font-medium">{authorityLabel}</th>
            <th className="py-2 pr-3 font-medium">Follow</th>
            {lost ? <th className="py-2 pr-3 font-medium">Reason</th> : null}
            <th className="py-2 pr-3 font-medium">Seen</th>
            {actions ? <th className="py-2 font-medium">Follow-up</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              data-highlighted={r.highlighted || undefined}
              className={cn("border-b border-slate-100 align-top", r.highlighted && "bg-amber-50")}
            >
              <td className="max-w-[18rem] py-2 pr-3 break-all">
                {r.sourceUrl}
                {r.highlighted ? (
                  <span className="ml-2 inline-block rounded bg-amber-200 px-1.5 text-xs font-medium text-amber-900">
                    High-authority dofollow
                  </span>
                ) : null}
              </td>
              <td className="max-w-[16rem] py-2 pr-3 break-all text-slate-600">
                {r.anchorText || "—"} → {r.targetUrl}
              </td>
              <td className="py-2 pr-3 tabular-nums">{r.authority ?? "—"}</td>
              <td className="py-2 pr-3">{r.nofollow ? "nofollow" : "dofollow"}</td>
              {lost ? <td className="py-2 pr-3">{reasonText(r.reason)}</td> : null}
              <td className="py-2 pr-3 whitespace-nowrap">{r.date ?? "between snapshots"}</td>
              {actions ? <td className="py-2">{actions(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
