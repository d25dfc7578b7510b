"use client";

import Link from "next/link";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import type { GapResultView, GapRow, GapView } from "@/lib/queries/backlink-gap";
import { webHref } from "@/lib/url/web-url";
import { AddToList } from "./add-to-list";

const n = (v: number) => v.toLocaleString("en-US");
/** The checkbox and the domain stay in view while a phone scrolls the table sideways. */
const PIN = ["sticky left-0 z-10 w-10 min-w-10 max-w-10 pl-3", "sticky left-10 z-10"];

interface Props {
  slug: string;
  gap: GapView;
  authorityLabel: string;
  result: NonNullable<GapResultView["result"]>;
  /** The rows of the previous filters, shown while the new ones load. */
  stale: boolean;
}

/**
 * The rows with a checkbox each. Example links open the competitor's backlinks filtered to this
 * domain's URLs (stored pages cost nothing again), since a referring-domain list carries counts.
 */
export function GapResults({ slug, gap, authorityLabel, result, stale }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const rows = result.rows;
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.domain));
  const toggle = (domain: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(domain)) next.delete(domain);
      else next.add(domain);
      return next;
    });
  const toggleAll = () => setSelected(allShown ? new Set() : new Set(rows.map((r) => r.domain)));

  if (result.candidates === 0) {
    return (
      <EmptyState title="No gap">
        Every referring domain of {gap.competitors.join(", ")} already links to {gap.domain}, or
        they have none.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-3">
      <p data-testid="gap-count" className="text-sm text-slate-700">
        {n(result.matched)} of {n(result.candidates)} referring domains match the filters
        {result.matched > rows.length ? ` (the best ${n(rows.length)} shown)` : ""}.
      </p>
      <AddToList
        slug={slug}
        gapId={gap.id}
        competitors={gap.competitors}
        domains={[...selected]}
        onAdded={() => setSelected(new Set())}
      />
      {rows.length === 0 ? (
        <EmptyState title="No rows">No referring domain passes these filters.</EmptyState>
      ) : (
        <div className={`overflow-x-auto ${stale ? "opacity-60" : ""}`}>
          <table className="w-full min-w-[640px] text-left text-sm" aria-label="Backlink gap rows">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className={`${PIN[0]} bg-white py-2`}>
                  <input
                    type="checkbox"
                    aria-label="Select all shown rows"
                    checked={allShown}
                    onChange={toggleAll}
                  />
                </th>
                <th scope="col" className={`${PIN[1]} bg-white py-2`}>
                  Referring domain
                </th>
                <th scope="col" className="py-2">
                  Links to competitors
                </th>
                <th scope="col" className="py-2 text-right">
                  {authorityLabel}
                </th>
                <th scope="col" className="py-2 text-right">
                  Links
                </th>
                <th scope="col" className="py-2 text-right">
                  Dofollow
                </th>
                <th scope="col" className="py-2">
                  Example links
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <GapTableRow
                  key={row.domain}
                  slug={slug}
                  row={row}
                  selected={selected.has(row.domain)}
                  onToggle={() => toggle(row.domain)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function GapTableRow(props: {
  slug: string;
  row: GapRow;
  selected: boolean;
  onToggle: () => void;
}) {
  const { slug, row, selected, onToggle } = props;
  const linksOf = (competitor: string) =>
    `/${slug}/backlinks?${new URLSearchParams({ domain: competitor, url: row.domain })}`;
  return (
    <tr data-testid="gap-row" className="border-b border-slate-100 align-top">
      <td className={`${PIN[0]} bg-white py-2`}>
        <input
          type="checkbox"
          aria-label={`Select ${row.domain}`}
          checked={selected}
          onChange={onToggle}
        />
      </td>
      <td className={`${PIN[1]} bg-white py-2 pr-2 font-medium`}>{row.domain}</td>
      <td className="py-2">
        <span className="font-medium">{row.competitors.length}</span>
        <span className="text-slate-600">: {row.competitors.join(", ")}</span>
      </td>
      <td className="py-2 text-right">{row.authority ?? "—"}</td>
      <td className="py-2 text-right">{n(row.backlinks)}</td>
      <td className="py-2 text-right">{Math.round(row.dofollowShare * 100)}%</td>
      <td className="py-2">
        <ul className="space-y-0.5">
          {/* Only http(s) addresses become links: an upstream value is never trusted as a URL. */}
          {row.examples.flatMap((e) => {
            const href = webHref(e.url);
            return href
              ? [
                  <li key={e.url} className="max-w-56 truncate">
                    <a
                      href={href}
                      rel="noopener noreferrer nofollow"
                      target="_blank"
                      className="underline"
                    >
                      {href.replace(/^https?:\/\//, "")}
                    </a>
                  </li>,
                ]
              : [];
          })}
          {row.competitors.slice(0, 3).map((c) => (
            <li key={c}>
              <Link href={linksOf(c)} className="text-brand-700 underline">
                its links to {c}
              </Link>
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
