import { queryOptions } from "@tanstack/react-query";
import type { JobKind, JobProgress } from "@/lib/jobs/progress";
import { fetchJson } from "./fetch-json";

export const runUrl = (slug: string, kind: JobKind, id: string) =>
  `/api/tenants/${encodeURIComponent(slug)}/runs/${kind}/${id}`;

export const jobKeys = {
  run: (slug: string, kind: JobKind, id: string) => ["tenant", slug, "runs", kind, id] as const,
};

const live = (p: JobProgress | undefined) => p?.status === "running" || p?.status === "queued";

/** Polls once a second while the run is queued or running, so a reload shows the same bar. */
export const jobProgressQuery = (slug: string, kind: JobKind, id: string) =>
  queryOptions({
    queryKey: jobKeys.run(slug, kind, id),
    queryFn: () => fetchJson<JobProgress>(runUrl(slug, kind, id)),
    refetchInterval: (query) => (live(query.state.data) ? 1000 : false),
    staleTime: 0,
  });
