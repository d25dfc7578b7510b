"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readView, viewSearch } from "@/lib/backlinks/view-params";
import type { BacklinkSort } from "@/lib/validations/backlinks";

export interface ViewChange {
  domain: string;
  sort: BacklinkSort;
  dofollow: boolean;
  page: number;
}

/**
 * The explorer's state is the URL (domain, sort, filter, page), so a view can be shared and
 * survives a reload. History entries are pushed without a server round trip: Next keeps
 * useSearchParams in sync with window.history.
 */
export function useUrlView() {
  const params = useSearchParams();
  const pathname = usePathname();
  const state = useMemo(() => readView(new URLSearchParams(params.toString())), [params]);
  const setView = useCallback(
    (next: ViewChange) => window.history.pushState(null, "", `${pathname}${viewSearch(next)}`),
    [pathname],
  );
  return { ...state, setView };
}
