"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { applySearchChanges, type SearchChanges } from "./search-params";

/**
 * Page state worth sharing (chosen item, sort, filters) lives in the URL's query string, so a
 * reload, the Back button and a pasted link all show the same view. Updates go through the
 * History API: Next keeps useSearchParams in sync without a server round trip. `push` makes a
 * Back-able step (a sort, a filter); the default replaces (typing in a search box).
 */
export function useUrlState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const set = useCallback(
    (changes: SearchChanges, { push = false }: { push?: boolean } = {}) => {
      // The live location, not the last render's params: two updates in one tick both count.
      const url = `${pathname}${applySearchChanges(window.location.search, changes)}`;
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname],
  );
  const get = useCallback((key: string) => params.get(key), [params]);
  return { get, set };
}
