import "server-only";
import type { Db } from "@/lib/db/client";
import { failedRunsSince, lostStrongLinksSince } from "@/lib/db/queries/keyword-chart-events";
import { listEvents } from "@/lib/db/queries/keyword-competitors";
import { listKeywords } from "@/lib/db/queries/keyword-projects";
import { HIGH_AUTHORITY } from "@/lib/services/monitoring/link-keys";
import { requireProject } from "../project-service";

export type ChartEventKind =
  | "check_failed"
  | "engine_changed"
  | "competitor_overtook"
  | "lost_link";

/** One mark on the position chart and one line of the list below it. */
export interface ChartEvent {
  id: string;
  kind: ChartEventKind;
  at: string;
  /** The keyword it concerns; null for the whole project (a failed check, an engine change). */
  keywordId: string | null;
  /** What happened, in a sentence (dates are formatted by the browser). */
  text: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const place = (p: unknown) => (typeof p === "number" ? `#${p}` : "not in the top 100");

interface Overtake {
  competitor?: string;
  to?: { ours: number | null; competitor: number | null };
}
interface EngineChange {
  from?: { searchEngine: string; location: string };
  to?: { searchEngine: string; location: string };
}

/**
 * Everything the position history marks, oldest first: failed checks (from the runs), engine
 * changes and competitor overtakes (keyword_events), and dofollow links from sources of authority
 * ≥ 40 that the monitored project domain lost (backlink monitoring).
 */
export async function chartEvents(db: Db, tenantId: string, projectId: string, since: Date) {
  const project = await requireProject(db, tenantId, projectId);
  const [runs, stored, lost, keywords] = await Promise.all([
    failedRunsSince(db, tenantId, projectId, since),
    listEvents(db, tenantId, projectId, since),
    lostStrongLinksSince(db, tenantId, project.domain, since, HIGH_AUTHORITY),
    listKeywords(db, tenantId, projectId),
  ]);
  const names = new Map(keywords.map((k) => [k.id, k.keyword]));
  const events: ChartEvent[] = [
    ...runs.map((r) => ({
      id: `run:${r.id}`,
      kind: "check_failed" as const,
      at: iso(r.checkedAt),
      keywordId: null,
      text:
        r.status === "failed"
          ? `Check failed${r.error ? `: ${r.error}` : ""}`
          : `${r.failed} of ${r.total} keywords failed in this check`,
    })),
    ...stored.map((e) => {
      const keyword = e.keywordId ? names.get(e.keywordId) : undefined;
      if (e.kind === "competitor_overtook") {
        const d = e.details as Overtake;
        return {
          id: e.id,
          kind: e.kind,
          at: iso(e.at),
          keywordId: e.keywordId,
          text: `${d.competitor ?? "A competitor"} overtook you on “${keyword ?? "a keyword"}” (${place(d.to?.competitor)} vs your ${place(d.to?.ours)})`,
        };
      }
      const d = e.details as EngineChange;
      return {
        id: e.id,
        kind: e.kind,
        at: iso(e.at),
        keywordId: null,
        text: `Engine changed from ${d.from?.searchEngine ?? "?"} · ${d.from?.location ?? "?"} to ${d.to?.searchEngine ?? "?"} · ${d.to?.location ?? "?"}`,
      };
    }),
    ...lost.map((l) => ({
      id: `lost:${l.id}`,
      kind: "lost_link" as const,
      at: iso(l.date ? `${l.date}T00:00:00Z` : l.takenAt),
      keywordId: null,
      text: `Lost a dofollow link from ${l.refdomain} (authority ${l.authority})`,
    })),
  ];
  events.sort((a, b) => a.at.localeCompare(b.at));
  return { events };
}
