import "server-only";
// Builds what a shared report shows from the report's own sources, each read with the report's
// tenant (so nothing of another workspace is reachable), and strips every internal id.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { listChanges } from "@/lib/db/queries/backlink-changes";
import { listSnapshots } from "@/lib/db/queries/backlink-monitoring";
import { type ClientReport, tenants } from "@/lib/db/schema";
import type { ReportSection } from "@/lib/validations/reports";
import { projectGlance } from "../keywords/glance/glance-service";
import { projectRankings } from "../keywords/project-service";
import { requireMonitor } from "../monitoring/monitor-service";
import { listDetail } from "../prospects/list-detail";
import { readBranding } from "./branding";
import type {
  BacklinkSection,
  LinkRow,
  ProspectSection,
  RankingSection,
  SharedReport,
} from "./shared-report-view";

const TOP_ROWS = 10;
const TOP_KEYWORDS = 25;

const linkRow = (c: LinkRow): LinkRow => ({
  sourceUrl: c.sourceUrl,
  targetUrl: c.targetUrl,
  anchorText: c.anchorText,
  nofollow: c.nofollow,
  authority: c.authority,
});

async function backlinkSection(db: Db, r: ClientReport): Promise<BacklinkSection | null> {
  if (!r.monitorId) return null;
  const monitor = await requireMonitor(db, r.tenantId, r.monitorId);
  const done = (await listSnapshots(db, r.tenantId, monitor.id)).filter((s) => s.status === "done");
  const last = done.at(-1);
  const changes = last ? await listChanges(db, r.tenantId, last.id) : [];
  const links = changes.map((c) => c.change).filter((c) => c.kind === "link");
  return {
    domain: monitor.domain,
    latest: last
      ? {
          takenAt: last.takenAt.toISOString(),
          backlinks: last.backlinks,
          referringDomains: last.referringDomains,
          dofollowBacklinks: last.dofollowBacklinks,
          newBacklinks: last.newBacklinks,
          lostBacklinks: last.lostBacklinks,
          newRefdomains: last.newRefdomains,
          lostRefdomains: last.lostRefdomains,
        }
      : null,
    history: done.map((s) => ({
      takenAt: s.takenAt.toISOString(),
      backlinks: s.backlinks,
      referringDomains: s.referringDomains,
    })),
    newLinks: links
      .filter((c) => c.type === "new")
      .slice(0, TOP_ROWS)
      .map(linkRow),
    lostLinks: links
      .filter((c) => c.type === "lost")
      .slice(0, TOP_ROWS)
      .map(linkRow),
  };
}

async function prospectSection(db: Db, r: ClientReport): Promise<ProspectSection | null> {
  if (!r.listId) return null;
  const detail = await listDetail(db, r.tenantId, r.listId);
  const verdicts = { pass: 0, review: 0, reject: 0, unjudged: 0 };
  for (const p of detail.prospects) verdicts[p.verdict ?? "unjudged"] += 1;
  const trustOf = (p: (typeof detail.prospects)[number]) => p.trustFlow ?? p.domainInlinkRank;
  const top = detail.prospects
    .filter((p) => p.verdict === "pass")
    .sort((a, b) => (trustOf(b) ?? -1) - (trustOf(a) ?? -1) || a.domain.localeCompare(b.domain))
    .slice(0, TOP_ROWS)
    .map((p) => ({
      domain: p.domain,
      trust: trustOf(p),
      referringDomains: p.referringDomains,
      verdict: "pass" as const,
    }));
  return {
    listName: detail.list.name,
    total: detail.prospects.length,
    verdicts,
    top,
    trustLabel: detail.metricLabels.trustShort,
  };
}

async function rankingSection(db: Db, r: ClientReport): Promise<RankingSection | null> {
  if (!r.projectId) return null;
  const [{ project, keywords }, glance] = await Promise.all([
    projectRankings(db, r.tenantId, r.projectId),
    projectGlance(db, r.tenantId, r.projectId),
  ]);
  const latest = glance.latest;
  return {
    domain: project.domain,
    searchEngine: project.searchEngine,
    location: project.location,
    latest: latest
      ? {
          checkedAt: latest.checkedAt,
          keywords: latest.keywords,
          averagePosition: latest.averagePosition,
          visibility: latest.visibility,
          top3: latest.top3,
          top10: latest.top10,
          top100: latest.top100,
        }
      : null,
    points: glance.points.map((p) => ({
      checkedAt: p.checkedAt,
      visibility: p.visibility,
      averagePosition: p.averagePosition,
      top10: p.top10,
    })),
    keywords: keywords
      .slice()
      .sort(
        (a, b) => (a.position ?? 999) - (b.position ?? 999) || a.keyword.localeCompare(b.keyword),
      )
      .slice(0, TOP_KEYWORDS)
      .map((k) => ({ keyword: k.keyword, position: k.position, change: k.change })),
  };
}

const wants = (r: ClientReport, s: ReportSection) => r.sections.includes(s);

export async function buildSharedReport(
  db: Db,
  report: ClientReport,
  now = new Date(),
): Promise<SharedReport> {
  const [[tenant], branding, backlinks, prospects, rankings] = await Promise.all([
    db.select().from(tenants).where(eq(tenants.id, report.tenantId)),
    readBranding(db, report.tenantId),
    wants(report, "backlinks") ? backlinkSection(db, report) : null,
    wants(report, "prospects") ? prospectSection(db, report) : null,
    wants(report, "rankings") ? rankingSection(db, report) : null,
  ]);
  return {
    title: report.title,
    clientDomain: report.clientDomain,
    workspaceName: tenant?.name ?? "",
    timeZone: tenant?.timeZone ?? "UTC",
    ...branding,
    generatedAt: now.toISOString(),
    sections: report.sections as ReportSection[],
    backlinks,
    prospects,
    rankings,
  };
}
