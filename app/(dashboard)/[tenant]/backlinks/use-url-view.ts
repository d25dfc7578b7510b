"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { keepTab } from "@/lib/backlinks/tab-params";
import { readView, type ViewState, viewSearch } from "@/lib/backlinks/view-params";

export type ViewChange = { domain: string } & ViewState;

/**
 * The explorer's state is the URL (domain, sort, filters, page, page size), so a view can be shared and
 * survives a reload. History entries are pushed without a server round trip: Next keeps
 * useSearchParams in sync with window.history.
 */
export function useUrlView() {
  const params = useSearchParams();
  const pathname = usePathname();
  const state = useMemo(() => readView(new URLSearchParams(params.toString())), [params]);
  const setView = useCallback(
    (next: ViewChange) =>
      window.history.pushState(
        null,
        "",
        `${pathname}${keepTab(viewSearch(next), window.location.search)}`,
      ),
    [pathname],
  );
  return { ...state, setView };
}
