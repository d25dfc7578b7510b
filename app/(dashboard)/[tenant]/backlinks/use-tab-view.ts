"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readTab, type TabState, withTab } from "@/lib/backlinks/tab-params";

/** The Backlinks page's tab and its table's state, in the URL (see tab-params.ts). */
export function useTabView() {
  const params = useSearchParams();
  const pathname = usePathname();
  const state = useMemo(() => readTab(new URLSearchParams(params.toString())), [params]);
  const setTab = useCallback(
    (next: TabState) =>
      window.history.pushState(null, "", `${pathname}${withTab(window.location.search, next)}`),
    [pathname],
  );
  return { ...state, setTab };
}
