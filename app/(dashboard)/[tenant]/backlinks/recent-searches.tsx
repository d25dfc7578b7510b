"use client";

import { useQuery } from "@tanstack/react-query";
import { useDates } from "@/components/format/date-format";
import { recentSearchesQuery } from "@/lib/queries/backlinks";

interface Props {
  slug: string;
  current?: string;
  onPick: (domain: string) => void;
  /** Keep the row's height while empty: a search is under way and will add its chip. */
  reserve?: boolean;
}

/** The workspace's last searches as one-click chips; silent while loading or on error. */
export function RecentSearches({ slug, current, onPick, reserve }: Props) {
  const recent = useQuery(recentSearchesQuery(slug));
  const dates = useDates();
  const searches = recent.data ?? [];
  // A chip row's height (26px), so the first chip does not push the results down.
  if (searches.length === 0) return reserve ? <div aria-hidden className="h-[26px]" /> : null;
  return (
    <nav aria-label="Recent searches" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Recent:</span>
      {searches.slice(0, 10).map((s) => (
        <button
          key={s.domain}
          type="button"
          onClick={() => onPick(s.domain)}
          aria-current={s.domain === current ? "true" : undefined}
          title={`Searched ${dates.dateTime(s.searchedAt)}`}
          className="rounded-full border border-slate-300 bg-white px-3 py-0.5 text-slate-700 hover:bg-slate-100 aria-[current=true]:border-brand-500 aria-[current=true]:text-brand-700"
        >
          {s.domain}
        </button>
      ))}
    </nav>
  );
}
