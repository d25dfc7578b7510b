import { queryOptions } from "@tanstack/react-query";
import type { MonitorDetail, MonitorView } from "@/lib/services/monitoring/monitor-view";
import type { FollowUpStatus } from "@/lib/validations/monitoring";
import { fetchJson } from "./fetch-json";

// The server's own shapes (type-only import: nothing server-side is bundled).
export type {
  ChangeView,
  MonitorDetail,
  MonitorView,
  SnapshotView,
} from "@/lib/services/monitoring/monitor-view";

const base = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/monitoring`;
export const monitoringUrls = {
  list: base,
  monitor: (slug: string, id: string) => `${base(slug)}/${id}`,
  snapshots: (slug: string, id: string) => `${base(slug)}/${id}/snapshots`,
  lostLink: (slug: string, id: string, changeId: string) =>
    `${base(slug)}/${id}/lost-links/${changeId}`,
};

/** Polled every 2 s while a snapshot runs, so a new one shows up without a reload. */
const whileRunning = (running: boolean) => (running ? 2000 : false);

export const monitorsQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "monitoring"],
    queryFn: () => fetchJson<{ monitors: MonitorView[] }>(base(slug)).then((r) => r.monitors),
    refetchInterval: (q) => whileRunning(q.state.data?.some((m) => m.running) ?? false),
  });

export const monitorQuery = (slug: string, id: string, snapshot?: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "monitoring", id, snapshot ?? "latest"],
    queryFn: () =>
      fetchJson<MonitorDetail>(
        `${monitoringUrls.monitor(slug, id)}${snapshot ? `?snapshot=${snapshot}` : ""}`,
      ),
    refetchInterval: (q) => whileRunning(Boolean(q.state.data?.monitor.running)),
  });

export const addMonitor = (slug: string, domain: string, intervalDays?: number) =>
  fetchJson<{ monitor: { id: string; domain: string } }>(base(slug), {
    method: "POST",
    json: { domain, ...(intervalDays ? { intervalDays } : {}) },
  });

export const setFollowUp = (slug: string, id: string, changeId: string, status: FollowUpStatus) =>
  fetchJson(monitoringUrls.lostLink(slug, id, changeId), { method: "PATCH", json: { status } });
