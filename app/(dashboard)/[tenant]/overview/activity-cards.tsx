import Link from "next/link";
import type { ReactNode } from "react";
import { When } from "@/components/format/date-format";
import { Card } from "@/components/ui/card";
import type { WorkspaceOverview } from "@/lib/services/overview";
import { SEARCH_ENGINE_NAMES } from "@/lib/validations/keywords";

const linkClass = "font-medium text-brand-700 underline";
const n = (v: number) => v.toLocaleString("en-US");

function ActivityCard({
  title,
  description,
  href,
  openLabel,
  empty,
  children,
  testId,
}: {
  title: string;
  description: string;
  href: string;
  openLabel: string;
  empty: string | null;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card title={title} description={description} className="flex flex-col">
      <div data-testid={testId}>
        {empty ? <p className="text-sm text-slate-500">{empty}</p> : children}
      </div>
      <Link href={href} className={`mt-4 inline-block text-sm ${linkClass}`}>
        {openLabel}
      </Link>
    </Card>
  );
}

/** "DT 45" from the cached summary; "DT —" when the summary is no longer cached. */
function authorityText(overview: WorkspaceOverview, domain: string) {
  const value = overview.figures.authority[domain];
  return `${overview.figures.authorityLabel} ${value ?? "—"}`;
}

const itemClass = "flex items-baseline justify-between gap-3 py-1.5 text-sm";

export function BacklinksCard({
  slug,
  overview,
  metrics,
}: {
  slug: string;
  overview: WorkspaceOverview;
  metrics: string;
}) {
  return (
    <ActivityCard
      title="Backlinks"
      description={`Any domain's backlink profile: ${metrics}, referring domains and every link.`}
      href={`/${slug}/backlinks`}
      openLabel="Open backlinks"
      empty={overview.searches.length ? null : "No domain researched yet."}
      testId="overview-searches"
    >
      <ul className="divide-y divide-slate-100">
        {overview.searches.map((s) => (
          <li key={s.domain} className={itemClass}>
            <Link
              href={`/${slug}/backlinks?domain=${encodeURIComponent(s.domain)}`}
              className={`truncate ${linkClass}`}
            >
              {s.domain}
            </Link>
            <span className="shrink-0 text-xs text-slate-500">
              {authorityText(overview, s.domain)} · <When value={s.searchedAt} relative />
            </span>
          </li>
        ))}
      </ul>
    </ActivityCard>
  );
}

export function ProspectsCard({ slug, overview }: { slug: string; overview: WorkspaceOverview }) {
  const { items, total } = overview.lists;
  return (
    <ActivityCard
      title="Prospects"
      description="Qualify link-building prospects in bulk by their authority metrics."
      href={`/${slug}/prospects`}
      openLabel={total > items.length ? `Open all ${n(total)} lists` : "Open prospects"}
      empty={total ? null : "No prospect list yet."}
      testId="overview-lists"
    >
      <ul className="divide-y divide-slate-100">
        {items.map((list) => (
          <li key={list.id} className={itemClass}>
            <Link href={`/${slug}/prospects?list=${list.id}`} className={`truncate ${linkClass}`}>
              {list.name}
            </Link>
            <span className="shrink-0 text-xs text-slate-500">
              {n(list.domains)} domains · {n(list.fetched)} with metrics
            </span>
          </li>
        ))}
      </ul>
    </ActivityCard>
  );
}

function lastCheck(run: WorkspaceOverview["projects"]["items"][number]["lastRun"]): ReactNode {
  if (!run) return "not checked yet";
  if (run.status === "running") return "checking now";
  const when = <When value={run.checkedAt} relative />;
  if (run.status === "failed") return <>check failed {when}</>;
  return run.failed ? (
    <>
      checked {when} ({n(run.failed)} failed)
    </>
  ) : (
    <>checked {when}</>
  );
}

export function KeywordsCard({ slug, overview }: { slug: string; overview: WorkspaceOverview }) {
  const { items, total } = overview.projects;
  return (
    <ActivityCard
      title="Keywords"
      description="Where your domains rank for their keywords, day by day."
      href={`/${slug}/keywords`}
      openLabel={total > items.length ? `Open all ${n(total)} tracked domains` : "Open keywords"}
      empty={total ? null : "No domain tracked yet."}
      testId="overview-projects"
    >
      <ul className="divide-y divide-slate-100">
        {items.map((p) => (
          // Two lines: the engine, location and last check do not fit beside the domain.
          <li key={p.id} className="py-1.5 text-sm">
            <Link
              href={`/${slug}/keywords?project=${p.id}`}
              className={`block truncate ${linkClass}`}
            >
              {p.domain}
            </Link>
            <span className="text-xs text-slate-500">
              {n(p.keywordCount)} keywords · {SEARCH_ENGINE_NAMES[p.searchEngine]}, {p.location} ·{" "}
              {lastCheck(p.lastRun)}
            </span>
          </li>
        ))}
      </ul>
    </ActivityCard>
  );
}
