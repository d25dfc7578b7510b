import "server-only";
import { dehydrate, HydrationBoundary, QueryClient, type QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";

/**
 * Hands data a server page already read to the browser's query cache, so the page's first HTML
 * shows it instead of a "Loading…" line that the data later pushes down (layout shift, late LCP).
 * Each entry must hold exactly what the query's own fetch would have returned: it goes through
 * JSON, as the API's reply does, so dates arrive as the same ISO strings. Only cheap database
 * reads belong here; SE Ranking calls stay in the browser, where their errors are shown.
 */
export function Prefetched({
  entries,
  children,
}: {
  entries: ReadonlyArray<readonly [QueryKey, unknown]>;
  children: ReactNode;
}) {
  const client = new QueryClient();
  for (const [queryKey, data] of entries)
    client.setQueryData(queryKey, JSON.parse(JSON.stringify(data)));
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
