// The Project API's rank-tracker state, per key: sites with their engines and keywords, the
// positions of every completed check, and rechecks not yet completed. Rechecks are asynchronous
// as in SE Ranking: positions appear only when one completes (after recheckDelayMs, or at once
// through the control API), so tests decide exactly when the history fills.
import { positionFor } from "../keyword-positions";
import { universeTarget } from "./catalogue";
import type { SimCheckFreq } from "./site-schedule";

export interface SimSiteEngine {
  site_engine_id: number;
  search_engine_id: number;
  region_name: string | null;
  lang_code: string;
}

export interface SimKeyword {
  id: number;
  name: string;
  site_engine_ids: number[];
  link: string | null;
}

export interface SimCheck {
  date: string;
  pos: number;
  url: string | null;
}

export interface SimSite {
  id: number;
  keyId: string;
  title: string;
  name: string;
  /** The site's own check schedule (check_freq / check_day, §3). */
  checkFreq: SimCheckFreq;
  checkDay: number | null;
  engines: SimSiteEngine[];
  keywords: SimKeyword[];
  /** site_engine_id → keyword id → checks, oldest first. */
  checks: Map<number, Map<number, SimCheck[]>>;
}

interface PendingRecheck {
  siteId: number;
  siteEngineId: number;
  date: string;
  requestedAt: number;
  /** A recheck of some keywords only ({"keywords":[…]}); all of the engine's when absent. */
  keywordIds?: ReadonlySet<number>;
}

export class ProjectStore {
  private readonly sites = new Map<number, SimSite>();
  private pending: PendingRecheck[] = [];
  private nextId = 1001;

  newId(): number {
    return this.nextId++;
  }

  sitesOf(keyId: string): SimSite[] {
    return [...this.sites.values()].filter((s) => s.keyId === keyId);
  }

  site(keyId: string, id: number): SimSite | undefined {
    const site = this.sites.get(id);
    return site?.keyId === keyId ? site : undefined;
  }

  addSite(keyId: string, title: string, name: string): SimSite {
    const site: SimSite = {
      id: this.newId(),
      keyId,
      title,
      name,
      checkFreq: "check_daily",
      checkDay: null,
      engines: [],
      keywords: [],
      checks: new Map(),
    };
    this.sites.set(site.id, site);
    return site;
  }

  keywordCount(keyId: string): number {
    return this.sitesOf(keyId).reduce((n, s) => n + s.keywords.length, 0);
  }

  requestRecheck(
    site: SimSite,
    siteEngineIds: number[],
    date: string,
    now: number,
    keywordIds?: ReadonlySet<number>,
  ): void {
    for (const siteEngineId of siteEngineIds) {
      this.pending.push({ siteId: site.id, siteEngineId, date, requestedAt: now, keywordIds });
    }
  }

  pendingCount(): number {
    return this.pending.length;
  }

  /** Completes rechecks asked for at least delayMs before now (all with delayMs = 0). */
  complete(now: number, delayMs: number): number {
    const due = this.pending.filter((p) => now - p.requestedAt >= delayMs);
    this.pending = this.pending.filter((p) => now - p.requestedAt < delayMs);
    for (const p of due) this.runCheck(p);
    return due.length;
  }

  private runCheck({ siteId, siteEngineId, date, keywordIds }: PendingRecheck): void {
    const site = this.sites.get(siteId);
    const engine = site?.engines.find((e) => e.site_engine_id === siteEngineId);
    const target = engine && universeTarget(engine.search_engine_id);
    if (!site || !engine || !target) return;
    const byKeyword = site.checks.get(siteEngineId) ?? new Map<number, SimCheck[]>();
    site.checks.set(siteEngineId, byKeyword);
    for (const keyword of site.keywords) {
      if (!keyword.site_engine_ids.includes(siteEngineId)) continue;
      if (keywordIds && !keywordIds.has(keyword.id)) continue;
      const found = positionFor({
        domain: site.name,
        keyword: keyword.name,
        searchEngine: target.engine,
        location: engine.region_name ?? target.country,
        date,
      });
      const list = (byKeyword.get(keyword.id) ?? []).filter((c) => c.date !== date);
      list.push({ date, pos: found.position ?? 0, url: found.url });
      list.sort((a, b) => a.date.localeCompare(b.date));
      byKeyword.set(keyword.id, list);
    }
  }
}
