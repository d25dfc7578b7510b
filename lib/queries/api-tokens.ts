import { queryOptions } from "@tanstack/react-query";
import type { ApiTokenView } from "@/lib/services/api-tokens";
import { fetchJson } from "./fetch-json";

export type { ApiTokenView };

export const apiTokensUrl = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/api-tokens`;

export const apiTokensQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "api-tokens"],
    queryFn: () => fetchJson<{ tokens: ApiTokenView[] }>(apiTokensUrl(slug)).then((r) => r.tokens),
  });
